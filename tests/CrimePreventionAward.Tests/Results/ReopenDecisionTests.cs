using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Results;

/// <summary>Reopening a decision with a reason: the earlier decision stays in the record, and not after the announcement.</summary>
public sealed class ReopenDecisionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private Task<int> CountAsync(string sql) => ResultsTestData.WithDb(app, db => db.ScalarAsync<int>(sql));

    [Fact]
    public async Task A_reopened_decision_is_kept_as_superseded_with_its_reason_audited_and_a_new_decision_can_be_made()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2079, ("chair79@test.dk", true), ("other79@test.dk", false));
        await Ballots.CastAsync(app, 2079, "chair79@test.dk", s.A, s.B, s.C);
        await Ballots.CastAsync(app, 2079, "other79@test.dk", s.A, s.C, s.B);
        (await s.Secretariat.PostAsJsonAsync("/api/editions/2079/decision", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s.Secretariat.PostAsJsonAsync("/api/editions/2079/decision/reopen", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var reopened = await s.Secretariat.PostAsJsonAsync("/api/editions/2079/decision/reopen", new { reason = "Formanden afgav sin stemme ved en fejl" });
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK, await reopened.Content.ReadAsStringAsync());

        (await CountAsync("SELECT COUNT(*) FROM Decisions WHERE Year = 2079")).ShouldBe(0);
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Phase FROM Editions WHERE Year = 2079"))).ShouldBe("FinalVote");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<long>("SELECT WinnerNominationId FROM SupersededDecisions WHERE Year = 2079"))).ShouldBe(s.A);
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT TieBreaks FROM SupersededDecisions WHERE Year = 2079")))!.ShouldContain("\"rule\":\"Schulze\"");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Data FROM AuditLog WHERE Action LIKE '%ReopenDecision%' ORDER BY Id DESC")))!
            .ShouldContain("Formanden afgav sin stemme ved en fejl");

        await Ballots.CastAsync(app, 2079, "chair79@test.dk", s.B, s.A, s.C);
        await Ballots.CastAsync(app, 2079, "other79@test.dk", s.B, s.C, s.A);
        var again = await s.Secretariat.PostAsJsonAsync("/api/editions/2079/decision", new { });
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<long>("SELECT WinnerNominationId FROM Decisions WHERE Year = 2079"))).ShouldBe(s.B);
        (await CountAsync("SELECT COUNT(*) FROM SupersededDecisions WHERE Year = 2079")).ShouldBe(1);
    }

    [Fact]
    public async Task Reopening_is_refused_from_the_announcement_instant_and_the_decision_stands()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2080, ("chair80@test.dk", true));
        await Ballots.CastAsync(app, 2080, "chair80@test.dk", s.C, s.B, s.A);
        (await s.Secretariat.PostAsJsonAsync("/api/editions/2080/decision", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.Secretariat.GetStringAsync("/sekretariat/2080/resultater")).ShouldContain("id=\"reopen\"");

        // The ceremony (and with it the winner's announcement) is now: the decision is as good as public.
        await ResultsTestData.WithDb(app, db => db.ExecuteAsync("UPDATE Editions SET CeremonyAt = @At WHERE Year = 2080", new { At = app.Clock.GetUtcNow() }));
        var refused = await s.Secretariat.PostAsJsonAsync("/api/editions/2080/decision/reopen", new { reason = "For sent" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Afgørelsen kan ikke genåbnes, når vinderen er offentliggjort.");
        (await CountAsync("SELECT COUNT(*) FROM Decisions WHERE Year = 2080")).ShouldBe(1);
        (await CountAsync("SELECT COUNT(*) FROM SupersededDecisions WHERE Year = 2080")).ShouldBe(0);
        (await s.Secretariat.GetStringAsync("/sekretariat/2080/resultater")).ShouldNotContain("id=\"reopen\"");
    }
}
