using Hangfire;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>
/// Registers the recurring jobs and runs the Hangfire server once the app serves and "Hangfire:StartDelay" has
/// passed, so neither competes with the first requests for the CPU (the jobs compute what is due from the database,
/// so starting them a few seconds later loses nothing). No server when "Hangfire:Server" is false (tests drive jobs
/// through the mediator instead). Reading the settings at start, not at registration, lets a test host override them.
/// </summary>
public sealed class JobServerHost(
    IConfiguration config, IServiceProvider services, IHostApplicationLifetime lifetime, TimeProvider time,
    ILogger<JobServerHost> logger) : BackgroundService
{
    public static readonly TimeSpan DefaultStartDelay = TimeSpan.FromSeconds(5);

    private BackgroundJobServer? server;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStarted(stoppingToken);
        await Task.Delay(config.GetValue("Hangfire:StartDelay", DefaultStartDelay), time, stoppingToken);
        var storage = services.GetRequiredService<JobStorage>();
        try
        {
            RecurringJobs.Register(services.GetRequiredService<IRecurringJobManager>());
        }
        catch (Exception e) when (JobStoreFailure.CannotOpen(e))
        {
            JobStoreFailure.Log(logger, services, "Stopped", e);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return;
        }
        if (!config.GetValue("Hangfire:Server", true)) return;
        server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = config.GetValue("Hangfire:WorkerCount", 2),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
        }, storage);
    }

    private async Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (server is null) return;
        server.SendStop();
        await server.WaitForShutdownAsync(cancellationToken);
    }

    public override void Dispose()
    {
        server?.Dispose();
        base.Dispose();
    }
}
