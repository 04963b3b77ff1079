using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Results;

/// <summary>"Træf afgørelsen": when it is offered, that it asks for confirmation, and how the page explains the decision.</summary>
public sealed class DecisionPageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private static async Task<string> TextAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    [Fact]
    public async Task The_decision_waits_for_every_juror_or_the_deadline_and_is_refused_with_a_Danish_reason_before()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2074, ("chair74@test.dk", true), ("other74@test.dk", false));
        await Ballots.CastAsync(app, 2074, "chair74@test.dk", s.A, s.B, s.C);

        var early = await s.Secretariat.PostAsJsonAsync("/api/editions/2074/decision", new { });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        early.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await early.Content.ReadAsStringAsync()).ShouldContain("Afgørelsen kan først træffes, når fristen for afstemningen er passeret, eller når alle jurymedlemmer har stemt (1 af 2 har stemt).");
        var waiting = await TextAsync(s.Secretariat, "/sekretariat/2074/resultater");
        waiting.ShouldContain("id=\"decision-waiting\"");
        waiting.ShouldNotContain("handler=Decision");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM Decisions WHERE Year = 2074"))).ShouldBe(0);

        await Ballots.CastAsync(app, 2074, "other74@test.dk", s.A, s.C, s.B);
        var offered = await TextAsync(s.Secretariat, "/sekretariat/2074/resultater");
        offered.ShouldContain("handler=Decision");
        offered.ShouldContain("name=\"ConfirmDecision\"");
        offered.ShouldNotContain("id=\"decision-waiting\"");
    }

    [Fact]
    public async Task Once_the_vote_deadline_has_passed_the_decision_is_made_without_every_ballot_and_Schulze_alone_is_named()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2075, ("chair75@test.dk", true), ("absent75@test.dk", false));
        await Ballots.CastAsync(app, 2075, "chair75@test.dk", s.B, s.A, s.C);
        await ResultsTestData.WithDb(app, db => db.ExecuteAsync("UPDATE Editions SET FinalVoteDeadline = @At WHERE Year = 2075",
            new { At = app.Clock.GetUtcNow().AddMinutes(-1) }));
        const string url = "/sekretariat/2075/resultater";
        var token = await s.Secretariat.AntiforgeryTokenAsync(url);

        var unconfirmed = await s.Secretariat.PostAsync($"{url}?handler=Decision", Form(token, ("DecisionJustification", "Beta vandt")));
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()).ShouldContain("Bekræft, at afstemningen skal lukkes, før afgørelsen træffes.");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM Decisions WHERE Year = 2075"))).ShouldBe(0);

        (await s.Secretariat.PostAsync($"{url}?handler=Decision", Form(token, ("DecisionJustification", "Beta vandt"), ("ConfirmDecision", "true"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var decided = await TextAsync(s.Secretariat, url);
        decided.ShouldContain("Vinder: <strong>Beta 2075</strong>");
        decided.ShouldContain("<p id=\"decision-steps\">Sådan blev afgørelsen truffet: Schulze</p>");
    }

    [Fact]
    public async Task A_Schulze_tie_shows_each_tie_break_step_in_Danish_and_in_English_from_the_stored_steps()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2076, ("chair76@test.dk", true), ("other76@test.dk", false));
        var criteria = await ResultsTestData.AddCriteriaAsync(app, 2076);
        var chair = await Jurors.IdAsync(app, 2076, "chair76@test.dk");
        await ResultsTestData.ScoreAsync(app, 2076, chair, s.A, criteria, 5, 5, 5, 5, 5);
        await ResultsTestData.ScoreAsync(app, 2076, chair, s.B, criteria, 2, 2, 2, 2, 2);
        await Ballots.CastAsync(app, 2076, "chair76@test.dk", s.A, s.B, s.C);
        await Ballots.CastAsync(app, 2076, "other76@test.dk", s.B, s.A, s.C);
        (await s.Secretariat.PostAsJsonAsync("/api/editions/2076/decision", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var danish = await TextAsync(s.Secretariat, "/sekretariat/2076/resultater");
        danish.ShouldContain("Sådan blev afgørelsen truffet: Schulze: uafgjort mellem Alfa 2076 og Beta 2076 → højeste gennemsnit i optællingen: Alfa 2076</p>");

        await s.Secretariat.UseEnglishAsync();
        var english = await TextAsync(s.Secretariat, "/sekretariat/2076/resultater");
        english.ShouldContain("How the decision was reached: Schulze: tie between Alfa 2076 and Beta 2076 → highest mean in the tally: Alfa 2076</p>");
    }
}
