using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

/// <summary>The recurring jobs and the Hangfire server come after the app serves, not before its first request.</summary>
public sealed class JobServerStartTests
{
    private static readonly string[] Recurring = ["advance-phases", "apply-retention", "deliver-mail", "publish-announcements", "send-reminders"];

    private sealed class DelayedServerFactory : AwardFactory
    {
        public static readonly TimeSpan StartDelay = TimeSpan.FromMinutes(10);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hangfire:Server", "true");
            builder.UseSetting("Hangfire:StartDelay", StartDelay.ToString());
        }
    }

    [Fact]
    public async Task Recurring_jobs_are_registered_once_the_app_has_started()
    {
        await using var app = new AwardFactory();
        var storage = app.Services.GetRequiredService<JobStorage>();

        var registered = await WaitFor(() => RecurringIds(storage), ids => ids.Length == Recurring.Length);

        registered.ShouldBe(Recurring);
    }

    [Fact]
    public async Task The_server_runs_no_job_before_the_start_delay_has_passed_and_runs_it_after()
    {
        await using var app = new DelayedServerFactory();
        var storage = app.Services.GetRequiredService<JobStorage>();
        var job = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<JobRunner>(j => j.DeliverMail());

        await Task.Delay(TimeSpan.FromSeconds(3)); // long enough for a started server to pick up an enqueued job (it polls every second)
        State(storage, job).ShouldBe("Enqueued");
        storage.GetMonitoringApi().Servers().ShouldBeEmpty();
        RecurringIds(storage).ShouldBeEmpty();

        // The delay is awaited on the app's clock; advancing it more than once covers a timer made after the first advance.
        var state = await WaitFor(() =>
        {
            app.Clock.Advance(DelayedServerFactory.StartDelay);
            return State(storage, job);
        }, s => s == "Succeeded");
        state.ShouldBe("Succeeded");
        RecurringIds(storage).ShouldBe(Recurring);
    }

    private static string[] RecurringIds(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal).ToArray();
    }

    private static string? State(JobStorage storage, string job)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(job)?.Name;
    }

    private static async Task<T> WaitFor<T>(Func<T> read, Func<T, bool> done)
    {
        var value = read();
        for (var tries = 0; tries < 120 && !done(value); tries++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            value = read();
        }
        return value;
    }
}
