using Microsoft.AspNetCore.Hosting;

namespace CrimePreventionAward.Tests.Support;

/// <summary>The app on SQLite whatever provider the run uses: for what exists only there (group commit, SQLite's
/// page cache), so those tests run on SQLite also in the SQL Server job.</summary>
public sealed class SqliteAwardFactory : AwardFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "Sqlite");
    }
}
