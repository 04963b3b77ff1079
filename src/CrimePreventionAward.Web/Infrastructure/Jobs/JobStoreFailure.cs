using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>The job store that cannot be opened in Data:Directory: how it shows, and the one line that says so.</summary>
public static class JobStoreFailure
{
    public static bool CannotOpen(Exception e) => e is SQLite.SQLiteException or IOException or UnauthorizedAccessException;

    public static void Log(ILogger logger, IServiceProvider services, string stopped, Exception e) =>
        logger.LogCritical("{Stopped}: cannot open the job store '{Path}' in Data:Directory: {Reason}",
            stopped, services.GetRequiredService<DatabaseOptions>().HangfireSqlitePath, e.Message);
}
