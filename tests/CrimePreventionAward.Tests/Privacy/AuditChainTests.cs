using System.Diagnostics;
using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Audit;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Privacy;

public sealed class AuditChainTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private Task<T?> Scalar<T>(string sql, object? args = null) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<T>(sql, args));

    private Task<VerifyAuditChain.Result> VerifyAsync() => app.SendAsSystem(new VerifyAuditChain.Query());

    private string DatabaseFile => Path.Combine(app.DataDirectory, "award.db");

    [Fact]
    public async Task Audit_rows_name_the_fields_of_a_nomination_but_hold_none_of_its_personal_contents()
    {
        await Editions.CreateOpenAsync(app, 2081);
        var created = await SubmitOverApiAsync(app.Client(), 2081);
        var id = created.GetProperty("id").GetInt64();

        var data = await Scalar<string>("SELECT Data FROM AuditLog WHERE Action = 'Nominations.SubmitNomination.Command' AND Data LIKE '%\"year\":2081%'");
        data.ShouldNotBeNull();
        data.ShouldContain("\"nominatorEmail\"");
        data.ShouldContain($"\"id\":{id}");
        data.ShouldContain(created.GetProperty("reference").GetString()!);
        foreach (var personal in new[] { "Ditte", "ditte@politi.test", "12 34 56 78", "Lommevending", "stofbrugere" })
            (await Scalar<long>("SELECT COUNT(*) FROM AuditLog WHERE Data LIKE @P", new { P = $"%{personal}%" })).ShouldBe(0, personal);
    }

    [Fact]
    public async Task An_edit_is_audited_by_the_names_of_the_fields_it_changed_not_their_values()
    {
        await Editions.CreateOpenAsync(app, 2083);
        var created = await app.SendAsSystem(Submit(2083));
        var edited = await app.SendAsSystem(new Web.Features.Nominations.UpdateNomination.Command(Fields() with
        {
            Title = "Ny titel om Ditte", NominatorPhone = "+45 99 88 77 66",
        }) { Id = created.Id, Token = created.EditToken, Version = 1 });
        edited.ChangedFields.ShouldBe(["Title", "NominatorPhone"], ignoreOrder: true);

        var data = await Scalar<string>("SELECT Data FROM AuditLog WHERE Action = 'Nominations.UpdateNomination.Command' AND Data LIKE @Id",
            new { Id = $"%\"id\":{created.Id},%" });
        data.ShouldNotBeNull();
        data.ShouldContain("\"changedFields\":[\"Title\",\"NominatorPhone\"]");
        data.ShouldNotContain("Ny titel");
        data.ShouldNotContain("99 88 77 66");
    }

    [Fact]
    public async Task The_chain_verifies_and_a_row_altered_by_hand_is_found()
    {
        await Editions.CreateOpenAsync(app, 2082);
        await SubmitOverApiAsync(app.Client(), 2082);
        var intact = await VerifyAsync();
        intact.Holds.ShouldBeTrue(intact.ToString());
        intact.Checked.ShouldBeGreaterThan(2);
        intact.HeadHash.ShouldBe(await Scalar<string>("SELECT Hash FROM AuditLog WHERE Id = (SELECT MAX(Id) FROM AuditLog)"));

        var target = await Scalar<long>("SELECT Id FROM AuditLog WHERE Action = 'Nominations.SubmitNomination.Command' AND Data LIKE '%\"year\":2082%'");
        await AsIntruderAsync($"UPDATE AuditLog SET Data = REPLACE(Data, '\"year\":2082', '\"year\":2083') WHERE Id = {target}");

        var broken = await VerifyAsync();
        broken.Holds.ShouldBeFalse();
        broken.FirstBrokenId.ShouldBe(target);
        broken.Problem.ShouldBe(VerifyAuditChain.Break.PayloadAltered);
        await AsIntruderAsync($"UPDATE AuditLog SET Data = REPLACE(Data, '\"year\":2083', '\"year\":2082') WHERE Id = {target}");
        (await VerifyAsync()).Holds.ShouldBeTrue();
    }

    [Fact]
    public async Task A_deleted_row_breaks_the_link_of_the_row_after_it()
    {
        // Its own database: a deleted row cannot be put back, and the other tests want a sound chain.
        await using var own = new AwardFactory();
        await Editions.CreateOpenAsync(own, 2084);
        var last = await own.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>("SELECT MAX(Id) FROM AuditLog"));
        await Editions.Build(2085).CreateAsync(own);
        await AsIntruderAsync(Path.Combine(own.DataDirectory, "award.db"), $"DELETE FROM AuditLog WHERE Id = {last}");

        var broken = await own.SendAsSystem(new VerifyAuditChain.Query());
        broken.Holds.ShouldBeFalse();
        broken.FirstBrokenId.ShouldBe(last + 1);
        broken.Problem.ShouldBe(VerifyAuditChain.Break.WrongPrevious);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_row()
    {
        await Editions.Build(2086).CreateAsync(app);
        var id = await Scalar<long>("SELECT MAX(Id) FROM AuditLog");
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in new[] { $"UPDATE AuditLog SET Data = '{{}}' WHERE Id = {id}", $"UPDATE AuditLog SET Action = 'x' WHERE Id = {id}", $"DELETE FROM AuditLog WHERE Id = {id}" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            (await Should.ThrowAsync<SqliteException>(() => command.ExecuteNonQueryAsync())).Message.ShouldContain("AuditLog");
        }
    }

    [Fact]
    public async Task A_publish_run_that_finds_nothing_writes_no_audit_row()
    {
        var before = await Scalar<long>("SELECT COUNT(*) FROM AuditLog");
        for (var i = 0; i < 3; i++) (await app.SendAsSystem(new PublishDueAnnouncements.Command())).Published.ShouldBe(0);
        (await Scalar<long>("SELECT COUNT(*) FROM AuditLog")).ShouldBe(before);
    }

    [Fact]
    public async Task The_secretariat_reads_the_log_filtered_and_paged_and_checks_the_chain()
    {
        for (var year = 2090; year < 2090 + 55; year++) await Editions.Build(year).CreateAsync(app);
        var secretariat = await app.SecretariatAsync();

        (await app.Client().GetAsync("/sekretariat/revision")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = await secretariat.GetStringAsync("/sekretariat/revision?What=CreateEdition");
        first.ShouldContain("Editions.CreateEdition.Command");
        first.ShouldNotContain("Auth.SignIn.Command");
        first.ShouldContain("side=2");
        (await secretariat.GetStringAsync("/sekretariat/revision?What=CreateEdition&side=2")).ShouldNotContain("side=3");
        var one = await secretariat.GetStringAsync("/sekretariat/revision?Record=2100");
        one.ShouldContain("&quot;year&quot;:2100");
        one.ShouldNotContain("&quot;year&quot;:2101");
        (await secretariat.GetStringAsync("/sekretariat/revision?Who=nobody-by-that-name")).ShouldContain("Ingen rækker.");
        (await secretariat.GetStringAsync("/sekretariat/revision?kontrol=true")).ShouldContain("Kæden holder");
    }

    [Fact]
    public async Task The_verify_script_exits_zero_on_a_sound_chain_and_names_the_broken_row_otherwise()
    {
        await Editions.Build(2087).CreateAsync(app);
        var (code, output) = await RunVerifyAsync();
        code.ShouldBe(0, output);
        output.ShouldContain("audit chain holds");

        var target = await Scalar<long>("SELECT MAX(Id) FROM AuditLog");
        var who = await Scalar<string>($"SELECT UserName FROM AuditLog WHERE Id = {target}");
        await AsIntruderAsync($"UPDATE AuditLog SET UserName = 'someone else' WHERE Id = {target}");
        (code, output) = await RunVerifyAsync();
        await AsIntruderAsync($"UPDATE AuditLog SET UserName = '{who}' WHERE Id = {target}");
        code.ShouldNotBe(0);
        output.ShouldContain($"audit chain broken at row {target}");
    }

    /// <summary>Someone with the database file: drops the guard, changes what they like, and puts the guard back.</summary>
    private Task AsIntruderAsync(string sql) => AsIntruderAsync(DatabaseFile, sql);

    private static async Task AsIntruderAsync(string databaseFile, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        var triggers = new List<string>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditLog'";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) triggers.Add(reader.GetString(0));
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER AuditLog_AppendOnly; DROP TRIGGER AuditLog_OnlyErasure; " + sql + "; " + string.Join("; ", triggers);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<(int Code, string Output)> RunVerifyAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "CrimePreventionAward.Web.dll"),
                $"--Data:Directory={app.DataDirectory}", "--Hangfire:Server=false", "--Audit:Verify=true",
                $"--contentRoot={Path.Combine(RepoPaths.Root, "src", "CrimePreventionAward.Web")}",
            },
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + await process.StandardError.ReadToEndAsync());
    }
}
