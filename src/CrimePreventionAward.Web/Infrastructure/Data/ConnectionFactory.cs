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
        // SQLite's own LOWER/UPPER only fold ASCII; SQL Server's collation folds Æ, Ø and Å. Same answers on both.
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("LOWER", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            sqlite.CreateFunction("UPPER", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
        }
        return connection;
    }
}
