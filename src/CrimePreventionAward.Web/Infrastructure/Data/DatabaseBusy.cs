using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>
/// The database could not take the write in time (another process holds SQLite's write lock, or a SQL Server lock
/// wait ran out, or the group commit that held the write failed). Nothing was stored, so the caller may simply send the same thing again a little later.
/// </summary>
public static class DatabaseBusy
{
    public const int RetryAfterSeconds = 10;

    private const int SqliteBusy = 5, SqliteLocked = 6, SqlServerLockTimeout = 1222, SqlServerCommandTimeout = -2;

    public static bool Is(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode is SqliteBusy or SqliteLocked,
        SqlException s => s.Number is SqlServerLockTimeout or SqlServerCommandTimeout,
        GroupCommitAborted => true,
        _ => false,
    };
}
