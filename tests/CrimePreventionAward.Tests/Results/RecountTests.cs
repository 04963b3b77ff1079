using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain.Voting;

namespace CrimePreventionAward.Tests.Results;

public sealed class RecountTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    internal sealed record DecidedYear(FinalVoteTests.Setup S, long ConflictedJuror, long Winner);

    /// <summary>
    /// Three nominees, three jurors; the first juror is conflicted on C. Schulze ties A and C, their mean scores tie
    /// too, and the chair's ballot (C over A) decides: C wins after three tie-break steps.
    /// </summary>
    internal static async Task<DecidedYear> DecidedWithConflictAndTieBreakAsync(AwardFactory app, int year)
    {
        string Email(int i) => $"recount{i}.{year}@test.dk";
        var s = await FinalVoteTests.ShortlistedAsync(app, year, (Email(1), false), (Email(2), true), (Email(3), false));
        var jurors = new List<long>();
        for (var i = 1; i <= 3; i++)
            jurors.Add(await ResultsTestData.WithDb(app, db => db.ScalarAsync<long>("SELECT Id FROM Jurors WHERE Email = @E", new { E = Email(i) })));
        await JuryRows.ConflictAsync(app, year, jurors[0], s.C, "Ansat i organisationen");
        var criteria = await ResultsTestData.AddCriteriaAsync(app, year);
        foreach (var juror in jurors)
        {
            await ResultsTestData.ScoreAsync(app, year, juror, s.A, criteria, 3, 3, 3, 3, 3);
            await ResultsTestData.ScoreAsync(app, year, juror, s.B, criteria, 2, 2, 2, 2, 2);
            if (juror != jurors[0]) await ResultsTestData.ScoreAsync(app, year, juror, s.C, criteria, 3, 3, 3, 3, 3);
        }
        long[][] ballots = [[s.A, s.B], [s.C, s.B, s.A], [s.A, s.C, s.B]];
        for (var i = 0; i < 3; i++)
            await Ballots.CastAsync(app, year, Email(i + 1), ballots[i]);
        var decision = await s.Secretariat.PostAsJsonAsync($"/api/editions/{year}/decision", new { justification = "Formandens stemme afgjorde." });
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
        var recorded = await decision.Content.ReadFromJsonAsync<JsonElement>();
        recorded.GetProperty("tieBreaks").EnumerateArray().Select(t => t.GetProperty("rule").GetString())
            .ShouldBe([TieBreak.SchulzeRule, TieBreak.TallyRule, TieBreak.CastingVoteRule]);
        return new DecidedYear(s, jurors[0], recorded.GetProperty("winnerNominationId").GetInt64());
    }

    [Fact]
    public async Task Recount_of_a_year_with_a_conflict_and_a_tie_break_gives_the_same_winner_and_matrix()
    {
        var year = await DecidedWithConflictAndTieBreakAsync(app, 2110);
        year.Winner.ShouldBe(year.S.C);

        var response = await year.S.Secretariat.GetAsync("/api/editions/2110/recount");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var recount = await response.Content.ReadFromJsonAsync<JsonElement>();
        recount.GetProperty("summary").GetString().ShouldBe("recount 2110: same winner, same matrix");
        recount.GetProperty("same").GetBoolean().ShouldBeTrue();
        recount.GetProperty("differences").GetArrayLength().ShouldBe(0);
        recount.GetProperty("recountedWinner").GetInt64().ShouldBe(year.S.C);
        recount.GetProperty("tieBreaks").GetArrayLength().ShouldBe(3);
        var tally = recount.GetProperty("tally").EnumerateArray().ToDictionary(r => r.GetProperty("nominationId").GetInt64());
        tally[year.S.C].GetProperty("mean").GetProperty("conflicted").GetInt32().ShouldBe(1);
        tally[year.S.A].GetProperty("normalised").GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);
        tally[year.S.A].GetProperty("borda").GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);

        var (code, output) = await RunRecountAsync(2110);
        code.ShouldBe(0, output);
        output.Split('\n').ShouldContain("recount 2110: same winner, same matrix");
        (await app.Client().GetAsync("/api/editions/2110/recount")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Recount_names_every_difference_when_a_stored_ballot_was_changed_afterwards()
    {
        var year = await DecidedWithConflictAndTieBreakAsync(app, 2111);
        // The third juror's ballot rewritten after the decision: C now above A.
        await ResultsTestData.WithDb(app, db => db.ExecuteAsync("""
            UPDATE BallotRanks SET Rank = CASE WHEN NominationId = @A THEN 2 WHEN NominationId = @C THEN 1 ELSE Rank END
            WHERE BallotId = (SELECT b.Id FROM Ballots b JOIN Jurors j ON j.Id = b.JurorId WHERE b.Year = 2111 AND j.Email = 'recount3.2111@test.dk')
            """, new { year.S.A, year.S.C }));

        var recount = await year.S.Secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2111/recount");
        recount.GetProperty("same").GetBoolean().ShouldBeFalse();
        var differences = recount.GetProperty("differences").EnumerateArray().Select(d => d.GetString()!).ToList();
        differences.ShouldContain($"d[{year.S.A},{year.S.C}]: recorded 1, recounted 0");
        differences.ShouldContain($"d[{year.S.C},{year.S.A}]: recorded 1, recounted 2");
        differences.ShouldContain(d => d.StartsWith("tie-break step 1:"));

        var (code, output) = await RunRecountAsync(2111);
        code.ShouldBe(3);
        output.ShouldContain("recount 2111: ");
        output.ShouldContain($"d[{year.S.A},{year.S.C}]: recorded 1, recounted 0");
        (await RunRecountAsync(2112)).Code.ShouldBe(1);
    }

    [Fact]
    public async Task Recount_uses_the_conflicts_stored_with_the_decision_not_todays()
    {
        var year = await DecidedWithConflictAndTieBreakAsync(app, 2113);
        // The conflict row removed by hand after the decision: counted with today's conflicts, the first juror's
        // ballot would now weigh in on C.
        await ResultsTestData.WithDb(app, db => db.ExecuteAsync(
            "DELETE FROM Conflicts WHERE Year = 2113 AND JurorId = @J", new { J = year.ConflictedJuror }));

        var recount = await year.S.Secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2113/recount");
        recount.GetProperty("differences").EnumerateArray().Select(d => d.GetString()).ShouldBeEmpty();
        recount.GetProperty("same").GetBoolean().ShouldBeTrue();
        recount.GetProperty("recountedWinner").GetInt64().ShouldBe(year.Winner);
    }

    private async Task<(int Code, string Output)> RunRecountAsync(int year)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "CrimePreventionAward.Web.dll"),
                $"--Data:Directory={app.DataDirectory}", "--Hangfire:Server=false", $"--Recount:Year={year}",
                "--Logging:LogLevel:Default=Warning", $"--contentRoot={Path.Combine(RepoPaths.Root, "src", "CrimePreventionAward.Web")}",
            },
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output.Replace("\r", "").Trim());
    }
}
