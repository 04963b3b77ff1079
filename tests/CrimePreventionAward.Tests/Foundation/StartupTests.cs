using System.Diagnostics;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class StartupTests
{
    [Fact]
    public void Migrations_run_once_and_a_second_start_runs_none()
    {
        var options = FreshSqliteOptions();
        new Migrator(options, NullLogger<Migrator>.Instance).Run().ShouldNotBeEmpty();
        new Migrator(options, NullLogger<Migrator>.Instance).Run().ShouldBeEmpty();
    }

    [Fact]
    public void A_start_whose_journal_lacks_scripts_runs_them_though_the_journal_table_is_there()
    {
        var options = FreshSqliteOptions();
        var all = new Migrator(options, NullLogger<Migrator>.Instance).Run();
        using (var connection = new SqliteConnection(options.ConnectionString))
        {
            connection.Open();
            connection.Execute("PRAGMA foreign_keys = OFF");
            foreach (var (type, name) in connection.Query<(string, string)>(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions'"))
                connection.Execute($"DROP {type.ToUpperInvariant()} [{name}]");
            connection.Execute("DELETE FROM SchemaVersions");
        }

        new Migrator(options, NullLogger<Migrator>.Instance).Run().ShouldBe(all);
        new Migrator(options, NullLogger<Migrator>.Instance).Run().ShouldBeEmpty();
    }

    private static DatabaseOptions FreshSqliteOptions()
    {
        var dir = Path.Combine(Path.GetTempPath(), "cpa-migrate", Guid.NewGuid().ToString("N"));
        return new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite, DataDirectory = dir,
            ConnectionString = $"Data Source={Path.Combine(Directory.CreateDirectory(dir).FullName, "m.db")};Pooling=False",
        };
    }

    [Fact]
    public void Unreachable_SqlServer_fails_fast_with_a_message_naming_the_setting()
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer, DataDirectory = Path.GetTempPath(),
            ConnectionString = "Server=127.0.0.1,1;Database=Award;User Id=sa;Password=x;TrustServerCertificate=true",
        };
        var failure = Should.Throw<StartupException>(() => new Migrator(options, NullLogger<Migrator>.Instance).Run());
        failure.Message.ShouldContain("ConnectionStrings:Award");
    }

    [Fact]
    public void The_SqlServer_check_at_start_gives_up_after_its_connect_timeout_and_does_not_retry()
    {
        var bounded = Migrator.Bounded("Server=db.example;Database=Award;Connect Timeout=120;ConnectRetryCount=3");

        bounded.ConnectTimeout.ShouldBe((int)Migrator.ConnectTimeout.TotalSeconds);
        bounded.ConnectRetryCount.ShouldBe(0);
        Migrator.Bounded("Server=db.example;Connect Timeout=5").ConnectTimeout.ShouldBe(5, "a shorter timeout stays");
    }

    [Fact]
    public async Task The_app_process_with_an_unreachable_SqlServer_exits_with_one_clear_line_and_no_stack_trace()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CrimePreventionAward.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                dll, "--Database:Provider=SqlServer", "--Data:Directory=" + Path.Combine(Path.GetTempPath(), "cpa-unreachable"),
                "--ConnectionStrings:Award=Server=127.0.0.1,1;Database=Award;User Id=sa;Password=x;TrustServerCertificate=true",
                "--urls=http://127.0.0.1:0",
            },
            RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldNotBe(0);
        var text = await output + await errors;
        text.ShouldContain("ConnectionStrings:Award");
        text.ShouldNotContain("   at ");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_read_only_data_directory_stops_the_process_with_one_line_naming_the_setting_and_the_path()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cpa-readonly", Guid.NewGuid().ToString("N"))).FullName;
        File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var (exitCode, text) = await AppProcess.RunAsync(asUnprivilegedUser: true, "--Data:Directory=" + dir, "--urls=http://127.0.0.1:0");

        exitCode.ShouldNotBe(0);
        var lines = text.Split('\n').Where(l => l.Contains("Data:Directory")).ToList();
        lines.Count.ShouldBe(1, text);
        lines[0].ShouldContain(dir);
        lines[0].ShouldContain("not writable");
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public async Task A_corrupt_database_file_stops_the_process_with_one_line_naming_the_file()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cpa-corrupt", Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "award.db"), new string('x', 8192));
        var (exitCode, text) = await AppProcess.RunAsync(asUnprivilegedUser: false, "--Data:Directory=" + dir, "--urls=http://127.0.0.1:0");

        exitCode.ShouldNotBe(0);
        text.ShouldContain(Path.Combine(dir, "award.db"));
        text.ShouldContain("Data:Directory");
        text.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_job_store_that_cannot_be_opened_stops_the_process_before_it_serves_with_a_line_naming_the_file()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cpa-corrupt-jobs", Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "hangfire.db"), new string('x', 8192));
        var (exitCode, text) = await AppProcess.RunAsync(asUnprivilegedUser: false, "--Data:Directory=" + dir, "--urls=http://127.0.0.1:0");

        exitCode.ShouldNotBe(0);
        text.ShouldContain($"cannot open the job store '{Path.Combine(dir, "hangfire.db")}' in Data:Directory");
        text.ShouldNotContain("Now listening on");
    }

    [Fact]
    public async Task Restarting_the_app_keeps_all_data()
    {
        var first = new AwardFactory { KeepData = true };
        await Editions.CreateOpenAsync(first, 2070);
        await first.DisposeAsync();

        await using var second = new AwardFactory { DataDirectory = first.DataDirectory };
        var edition = await second.SendAsSystem(new Web.Features.Editions.GetEdition.Query(2070));
        edition.Phase.ShouldBe(Web.Domain.Phase.NominationOpen);
    }
}
