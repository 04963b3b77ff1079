using System.Reflection;
using DbUp;
using DbUp.Engine;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>Runs db/&lt;provider&gt;/*.sql (embedded in this assembly) forward-only, one transaction per script.</summary>
public sealed class Migrator(DatabaseOptions options, ILogger<Migrator> logger)
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Returns the names of the scripts it ran (none when the database is up to date).</summary>
    public IReadOnlyList<string> Run()
    {
        var prefix = options.Provider == DatabaseProvider.SqlServer ? "db.sqlserver." : "db.sqlite.";
        using var sqlite = options.Provider == DatabaseProvider.SqlServer ? null : PrepareSqlite();
        if (sqlite is not null && JournalListsAll(sqlite, prefix))
        {
            logger.LogInformation("Database {Provider}: 0 migration(s) run", options.Provider);
            return [];
        }
        var builder = sqlite is null
            ? DeployChanges.To.SqlDatabase(CheckedSqlServerConnectionString())
            : DeployChanges.To.SqliteDatabase(new SharedConnection(sqlite));
        var upgrader = builder
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.StartsWith(prefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new StartupException($"Migration {result.ErrorScript?.Name} failed on the {options.Provider} database in {Where}: {result.Error?.Message.ReplaceLineEndings(" ")}");
        var ran = result.Scripts.Select(s => s.Name).ToList();
        logger.LogInformation("Database {Provider}: {Count} migration(s) run", options.Provider, ran.Count);
        return ran;
    }

    private const string JournalExists = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'SchemaVersions'";
    private const string Journaled = "SELECT ScriptName FROM SchemaVersions";

    /// <summary>
    /// DbUp reads every embedded script to find those its journal lacks; on an up-to-date database (every start but
    /// the first after an upgrade) one query of the journal against the scripts' names says there are none.
    /// </summary>
    private static bool JournalListsAll(SqliteConnection connection, string prefix)
    {
        using var command = connection.CreateCommand();
        command.CommandText = JournalExists;
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return false;
        command.CommandText = Journaled;
        var journaled = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
            while (reader.Read()) journaled.Add(reader.GetString(0));
        return Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).All(journaled.Contains);
    }

    private string Where => options.Provider == DatabaseProvider.SqlServer
        ? "ConnectionStrings:Award"
        : $"Data:Directory ('{new SqliteConnectionStringBuilder(options.ConnectionString).DataSource}')";

    private SqliteConnection PrepareSqlite()
    {
        var connection = new SqliteConnection(options.ConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // WAL lets readers work while one writer writes; the setting is stored in the file.
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
            ConnectionFactory.FoldCase(connection);
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StartupException(
                $"Cannot open the database '{new SqliteConnectionStringBuilder(options.ConnectionString).DataSource}' in Data:Directory (locked, corrupt or not writable?): {e.Message}");
        }
    }

    /// <summary>The start-up check gives up after <see cref="ConnectTimeout"/> and once, instead of hanging on a server that is not there.</summary>
    internal static SqlConnectionStringBuilder Bounded(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        if (builder.ConnectTimeout > ConnectTimeout.TotalSeconds) builder.ConnectTimeout = (int)ConnectTimeout.TotalSeconds;
        builder.ConnectRetryCount = 0;
        return builder;
    }

    private string CheckedSqlServerConnectionString()
    {
        var builder = Bounded(options.ConnectionString);
        try
        {
            using var connection = new SqlConnection(builder.ConnectionString);
            connection.Open();
        }
        catch (Exception e) when (e is SqlException or InvalidOperationException or ArgumentException)
        {
            throw new StartupException(
                $"Cannot reach SQL Server given by ConnectionStrings:Award (Database:Provider=SqlServer, server '{builder.DataSource}'): {e.Message.ReplaceLineEndings(" ")}");
        }
        return builder.ConnectionString;
    }
}
