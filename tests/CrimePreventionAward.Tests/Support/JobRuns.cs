using CrimePreventionAward.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>Runs a Hangfire job's entry point at once, in its own scope, as the scheduler would.</summary>
public static class JobRuns
{
    public static async Task RunJobAsync(this AwardFactory app, Func<JobRunner, Task> job)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await job(scope.ServiceProvider.GetRequiredService<JobRunner>());
    }
}
