using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Demo;
using CrimePreventionAward.Web.Infrastructure.Jobs;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure;

public static class Startup
{
    /// <summary>Migrates, creates the first secretariat account, seeds demo data once and opens the job store.</summary>
    /// <returns>An exit code when the process should stop here (migrate-only, or a start-up failure); null to serve.</returns>
    public static async Task<int?> PrepareAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");
        try
        {
            if (BackupCommand.Run(app.Configuration, app.Services.GetRequiredService<DatabaseOptions>(), logger) is { } done) return done;
            app.Services.GetRequiredService<Migrator>().Run();
        }
        catch (StartupException e)
        {
            logger.LogCritical("Start-up stopped: {Reason}", e.Message);
            return 1;
        }
        if (app.Configuration.GetValue("Migrate:Only", false)) return 0;
        if (app.Services.GetRequiredService<DatabaseXmlRepository>().DeletePlainKeys() is > 0 and var deleted)
            logger.LogWarning("Deleted {Count} unencrypted data-protection keys; everyone signs in again once.", deleted);
        // On a fresh database the first protected mail token would create the key ring on its own connection while the
        // command's transaction holds SQLite's write lock; so the ring is made here, before any request.
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Startup").Protect("key ring");
        if (await CommandLineTools.RunAsync(app) is { } toolExit) return toolExit;

        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (app.Configuration["Admin:Email"] is { Length: > 0 } email && app.Configuration["Admin:Password"] is { Length: > 0 } password)
            await CurrentUser.AsSystem(() => mediator.Send(new EnsureSecretariatAccount.Command(email, app.Configuration["Admin:Name"] ?? "Sekretariatet", password)));
        if (app.Configuration.GetValue("Demo:Seed", false))
            await CurrentUser.AsSystem(() => scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None));
        try
        {
            // Opened here, not first by the dashboard's mapping, so a store that cannot be opened stops the start with
            // one line. The recurring jobs and the server follow once the app serves (JobServerHost).
            app.Services.GetRequiredService<JobStorage>();
        }
        catch (Exception e) when (JobStoreFailure.CannotOpen(e))
        {
            JobStoreFailure.Log(logger, app.Services, "Start-up stopped", e);
            return 1;
        }
        return null;
    }
}
