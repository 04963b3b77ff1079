using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CrimePreventionAward.Web.Infrastructure.Data;

public static class UniqueViolation
{
    /// <summary>True when a unique index refused the row (SQLite constraint error; SQL Server 2601/2627).</summary>
    public static bool Is(DbException e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        SqlException s => s.Number is 2601 or 2627,
        _ => false,
    };
}
