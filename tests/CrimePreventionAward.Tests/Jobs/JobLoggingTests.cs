using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider while each host has its own loggers. Several hosts share a test
/// process; one of them stopping must not stop the others.
/// </summary>
public sealed class JobLoggingTests
{
    [Fact]
    public async Task A_host_that_stops_leaves_the_jobs_of_another_host_in_the_same_process_working()
    {
        await using var staying = new AwardFactory();
        var storage = staying.Services.GetRequiredService<JobStorage>();

        var leaving = new AwardFactory();
        leaving.Services.GetRequiredService<JobStorage>(); // the last host to set up Hangfire
        await leaving.DisposeAsync();

        // What the job server host does once the app serves, and what a command does when it schedules a job.
        Should.NotThrow(() => RecurringJobs.Register(new RecurringJobManager(storage)));
        Should.NotThrow(() => new BackgroundJobClient(storage).Enqueue<JobRunner>(j => j.DeliverMail()));
        (await staying.Client().GetAsync("/health")).IsSuccessStatusCode.ShouldBeTrue();
    }
}
