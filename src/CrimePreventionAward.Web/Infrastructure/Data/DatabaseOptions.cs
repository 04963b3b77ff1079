using Microsoft.Data.Sqlite;

namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>Where everything lives: read from configuration once, lazily, so tests can override it.</summary>
public sealed class DatabaseOptions
{
    public required DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }
    public required string DataDirectory { get; init; }
    /// <summary>SQLite only: commands share one transaction and its disk sync while others wait (GroupCommit).</summary>
    public bool GroupCommit { get; init; }

    public string MailDirectory => Path.Combine(DataDirectory, "mail");
    public string HangfireSqlitePath => Path.Combine(DataDirectory, "hangfire.db");

    public static DatabaseOptions From(IConfiguration config)
    {
        var dataDirectory = PrepareDataDirectory(Path.GetFullPath(config["Data:Directory"] is { Length: > 0 } d ? d : "data"));
        var providerText = config["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new StartupException($"Database:Provider must be Sqlite or SqlServer, not '{providerText}'.");
        var connectionString = provider switch
        {
            DatabaseProvider.SqlServer => config.GetConnectionString("Award") is { Length: > 0 } cs ? cs
                : throw new StartupException("Database:Provider is SqlServer but ConnectionStrings:Award is empty."),
            _ => new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, "award.db"),
                ForeignKeys = true,
                Cache = SqliteCacheMode.Private,
                // How long a write waits for another process's lock before the visitor gets 503 and "try again".
                DefaultTimeout = config.GetValue("Database:BusyTimeoutSeconds", 30),
            }.ToString(),
        };
        return new DatabaseOptions
        {
            Provider = provider, ConnectionString = connectionString, DataDirectory = dataDirectory,
            GroupCommit = provider == DatabaseProvider.Sqlite && config.GetValue("Database:GroupCommit", true),
        };
    }

    /// <summary>Finds out at start, with one clear line, what would otherwise fail on the first write.</summary>
    private static string PrepareDataDirectory(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Data:Directory '{path}' is missing or not writable: {e.Message}");
        }
    }
}
