using Hangfire;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>
/// Runs the Hangfire server unless "Hangfire:Server" is false (tests drive jobs through the mediator instead).
/// Reading the switch at start, not at registration, lets a test host override it.
/// </summary>
public sealed class JobServerHost(IConfiguration config, JobStorage storage, IServiceProvider services) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public Task StartAsync(CancellationToken ct)
    {
        if (!config.GetValue("Hangfire:Server", true)) return Task.CompletedTask;
        var options = new BackgroundJobServerOptions
        {
            WorkerCount = config.GetValue("Hangfire:WorkerCount", 2),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
        };
        server = new BackgroundJobServer(options, storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (server is null) return;
        server.SendStop();
        await server.WaitForShutdownAsync(ct);
    }

    public void Dispose() => server?.Dispose();
}
