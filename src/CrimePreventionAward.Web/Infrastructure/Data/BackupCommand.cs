using Microsoft.Data.Sqlite;

namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>
/// "--Backup:To=DIR" copies the SQLite database and the Hangfire store with SQLite's online backup API, which reads
/// one consistent snapshot while the running app goes on writing (WAL). "--Restore:From=DIR" writes such a copy
/// back, through SQLite, with the app stopped. On SQL Server, use the server's own backups.
/// </summary>
public static class BackupCommand
{
    /// <returns>An exit code when the process was started to back up or restore; null otherwise.</returns>
    public static int? Run(IConfiguration config, DatabaseOptions options, ILogger logger)
    {
        var to = config["Backup:To"];
        var from = config["Restore:From"];
        if (string.IsNullOrEmpty(to) && string.IsNullOrEmpty(from)) return null;
        if (options.Provider != DatabaseProvider.Sqlite)
            throw new StartupException("Backup:To and Restore:From work on the SQLite default; back up SQL Server with its own tools.");
        var files = new[] { new SqliteConnectionStringBuilder(options.ConnectionString).DataSource, options.HangfireSqlitePath };
        if (!string.IsNullOrEmpty(to))
        {
            var target = Directory.CreateDirectory(to).FullName;
            foreach (var live in files.Where(File.Exists)) Copy(live, Path.Combine(target, Path.GetFileName(live)));
            logger.LogInformation("Backup of {Directory} written to {Target}: integrity ok", options.DataDirectory, target);
        }
        else
        {
            var source = Path.GetFullPath(from!);
            var copies = files.Select(f => Path.Combine(source, Path.GetFileName(f))).ToList();
            if (!File.Exists(copies[0])) throw new StartupException($"Restore:From '{source}' holds no {Path.GetFileName(files[0])}.");
            foreach (var (copy, live) in copies.Zip(files).Where(p => File.Exists(p.First))) Copy(copy, live);
            logger.LogInformation("Restored {Source} into Data:Directory {Directory}: integrity ok", source, options.DataDirectory);
        }
        return 0;
    }

    private static void Copy(string fromFile, string toFile)
    {
        try
        {
            using var source = Open(fromFile);
            using var target = Open(toFile);
            source.BackupDatabase(target);
            using var check = target.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (check.ExecuteScalar() is not "ok") throw new StartupException($"The copy '{toFile}' of '{fromFile}' failed its integrity check.");
        }
        catch (SqliteException e)
        {
            throw new StartupException($"Copying '{fromFile}' to '{toFile}' failed: {e.Message}");
        }
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
