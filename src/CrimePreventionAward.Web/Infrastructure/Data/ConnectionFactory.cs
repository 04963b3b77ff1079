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
        if (connection is SqliteConnection sqlite) FoldCase(sqlite);
        return connection;
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

/// <summary>
/// SQLite allows one writer; waiting on an in-process gate instead of SQLite's sleep-and-retry
/// keeps write latency low (see dependencies.md). SQL Server needs no gate.
/// </summary>
public sealed class WriteGate(DatabaseOptions options)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (options.Provider != DatabaseProvider.Sqlite) return NoGate.Instance;
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;
        public void Dispose() { if (Interlocked.Exchange(ref released, 1) == 0) gate.Release(); }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();
        public void Dispose() { }
    }
}
