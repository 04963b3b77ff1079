using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CrimePreventionAward.Web.Infrastructure.Data;

public sealed class ConnectionFactory(DatabaseOptions options)
{
    public DatabaseProvider Provider => options.Provider;
    public SqlDialect Dialect { get; } = SqlDialect.For(options.Provider);

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        DbConnection connection = options.Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(options.ConnectionString)
            : new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        if (connection is SqliteConnection sqlite)
        {
            FoldCase(sqlite);
            BoundPageCache(sqlite);
        }
        return connection;
    }

    private const int PageCacheKiB = 256;

    /// <summary>
    /// Every pooled connection keeps its own page cache, and under load the pool holds one connection per concurrent
    /// request, each caching up to 2 MB (SQLite's default) of pages the operating system's file cache already holds
    /// once. Set on every open, since a pooled connection may be new.
    /// </summary>
    private static void BoundPageCache(SqliteConnection sqlite)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = -{PageCacheKiB}";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// SQLite's own LOWER/UPPER only fold ASCII; SQL Server's collation folds Æ, Ø and Å. Same answers on both, and
    /// the migrator folds the same way, so a case-folded column it backfills matches what the app writes.
    /// </summary>
    public static void FoldCase(SqliteConnection sqlite)
    {
        sqlite.CreateFunction("LOWER", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        sqlite.CreateFunction("UPPER", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
    }
}
