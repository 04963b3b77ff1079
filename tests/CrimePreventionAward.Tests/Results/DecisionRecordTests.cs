using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Results;

/// <summary>The decision cannot be bent: a conflicted chair does not settle a tie, and the record stands on its own.</summary>
public sealed class DecisionRecordTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task A_chair_conflicted_on_a_tied_nominee_does_not_settle_the_tie_the_next_juror_in_jury_order_does()
    {
        // Before the fix the chair's ballot (which leaves out A, the nominee the chair is conflicted on) decided for B.
        var s = await FinalVoteTests.ShortlistedAsync(app, 2070, ("chair70@test.dk", true), ("first70@test.dk", false), ("second70@test.dk", false));
        var chair = await Jurors.IdAsync(app, 2070, "chair70@test.dk");
        await JuryRows.ConflictAsync(app, 2070, chair, s.A, "Ansat i organisationen");
        await Ballots.CastAsync(app, 2070, "chair70@test.dk", s.B, s.C);
        await Ballots.CastAsync(app, 2070, "first70@test.dk", s.A, s.B, s.C);
        await Ballots.CastAsync(app, 2070, "second70@test.dk", s.B, s.A, s.C);

        var response = await s.Secretariat.PostAsJsonAsync("/api/editions/2070/decision", new { });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<RecordDecision.Result>())!;
        result.WinnerNominationId.ShouldBe(s.A);
        result.TieBreaks.Select(t => t.Rule).ShouldBe(["Schulze", "ShortlistTally", "CastingVote", "JurorVote"]);
        result.TieBreaks[2].Remaining.ShouldBe(result.TieBreaks[2].Candidates);
        result.TieBreaks[2].JurorId.ShouldBe(chair);
        result.TieBreaks[3].JurorId.ShouldBe(await Jurors.IdAsync(app, 2070, "first70@test.dk"));
        var stored = await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT TieBreaks FROM Decisions WHERE Year = 2070"));
        stored!.ShouldContain("\"rule\":\"JurorVote\"");
    }

    [Fact]
    public async Task When_every_ballot_fails_to_separate_the_tie_a_lot_with_the_recorded_seed_decides()
    {
        // Before the fix the conflicted chair decided; had the chair not voted, no decision could be reached at all.
        var s = await FinalVoteTests.ShortlistedAsync(app, 2071, ("chair71@test.dk", true), ("other71@test.dk", false));
        await JuryRows.ConflictAsync(app, 2071, await Jurors.IdAsync(app, 2071, "chair71@test.dk"), s.A, "Ansat i organisationen");
        await JuryRows.ConflictAsync(app, 2071, await Jurors.IdAsync(app, 2071, "other71@test.dk"), s.B, "Ansat i organisationen");
        await Ballots.CastAsync(app, 2071, "chair71@test.dk", s.B, s.C);
        await Ballots.CastAsync(app, 2071, "other71@test.dk", s.A, s.C);

        var response = await s.Secretariat.PostAsJsonAsync("/api/editions/2071/decision", new { lotSeed = 6 });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<RecordDecision.Result>())!;
        result.TieBreaks.Select(t => t.Rule).ShouldBe(["Schulze", "ShortlistTally", "CastingVote", "JurorVote", "Lot"]);
        var lot = result.TieBreaks[^1];
        lot.Seed.ShouldBe(6);
        var tied = lot.Candidates.Order().ToList();
        result.WinnerNominationId.ShouldBe(tied[6 % tied.Count]);
        result.WinnerNominationId.ShouldBe(Math.Min(s.A, s.B));
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT TieBreaks FROM Decisions WHERE Year = 2071")))!
            .ShouldContain("\"seed\":6");
    }

    [Fact]
    public async Task The_decision_stores_its_conflicts_and_the_results_show_the_stored_vote_not_a_recount_with_todays_conflicts()
    {
        // Before the fix the results page recounted the vote with the conflicts of the day it was opened.
        var s = await FinalVoteTests.ShortlistedAsync(app, 2072, ("one72@test.dk", true), ("two72@test.dk", false), ("three72@test.dk", false));
        var two = await Jurors.IdAsync(app, 2072, "two72@test.dk");
        await JuryRows.ConflictAsync(app, 2072, two, s.C, "Ansat i organisationen");
        await Ballots.CastAsync(app, 2072, "one72@test.dk", s.A, s.B, s.C);
        await Ballots.CastAsync(app, 2072, "two72@test.dk", s.A, s.B);
        await Ballots.CastAsync(app, 2072, "three72@test.dk", s.B, s.A, s.C);
        var decided = await s.Secretariat.PostAsJsonAsync("/api/editions/2072/decision", new { });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        var pairwise = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pairwise");

        var conflicts = await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Conflicts FROM Decisions WHERE Year = 2072"));
        var allPairs = await ResultsTestData.WithDb(app, db => db.QueryAsync<long>(
            "SELECT NominationId FROM Conflicts WHERE Year = 2072"));
        conflicts.ShouldBe($$"""[{"jurorId":{{two}},"nominationId":{{s.C}}}]""");
        allPairs.ShouldBe([s.C]);

        // A conflict turns up afterwards by another way than declaring it (here: straight into the table).
        await JuryRows.ConflictAsync(app, 2072, await Jurors.IdAsync(app, 2072, "one72@test.dk"), s.B, "Ansat i organisationen");
        var results = await s.Secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2072/results");
        results.GetProperty("vote").GetProperty("d").ToString().ShouldBe(pairwise.GetProperty("d").ToString());
        results.GetProperty("vote").GetProperty("winners").ToString().ShouldBe(pairwise.GetProperty("winners").ToString());
        var decision = results.GetProperty("decision");
        decision.GetProperty("conflicts").GetArrayLength().ShouldBe(1);
        decision.GetProperty("tieBreaks")[0].GetProperty("rule").GetString().ShouldBe("Schulze");
        var page = await s.Secretariat.GetStringAsync("/sekretariat/2072/resultater");
        page.ShouldContain("id=\"tally\"");
    }
}
