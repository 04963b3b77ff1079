using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Results;

public sealed class FinalVoteTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    internal sealed record Setup(long A, long B, long C, long Outside, HttpClient Secretariat);

    internal static async Task<Setup> ShortlistedAsync(AwardFactory app, int year, params (string Email, bool Chair)[] jurors)
    {
        await Editions.Deciding(year).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var ids = new List<long>();
        foreach (var name in new[] { "Alfa", "Beta", "Gamma", "Delta" })
            ids.Add(await new Nomination(year)
            {
                Title = $"{name} {year}", CandidateName = name, Description = "Beskrivelse", Organisation = $"Org {name}", NominatorOrganisation = $"Org {name}",
            }.InsertAsync(app.Services));
        var (a, b, c, outside) = (ids[0], ids[1], ids[2], ids[3]);
        foreach (var (email, chair) in jurors) await Jurors.Build(year, email).WithEmail(email).AsChair(chair).WithPassword().SeatAsync(app);
        var secretariat = await app.SecretariatAsync();
        (await secretariat.PostAsJsonAsync($"/api/editions/{year}/shortlist", new
        {
            entries = new[] { a, b, c }.Select(id => new { nominationId = id, justification = "Begrundelse" }),
            announceAt = app.Clock.GetUtcNow().AddDays(1),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.SendAsSystem(new ChangePhase.Command(year, Phase.FinalVote, "Testdata"));
        return new Setup(a, b, c, outside, secretariat);
    }

    internal static Task<HttpClient> JurorAsync(AwardFactory app, string email) => Jurors.SignedInWithPasswordAsync(app, email);

    [Fact]
    public async Task Ballot_ranks_only_the_shortlist_each_once_and_can_be_changed()
    {
        var s = await ShortlistedAsync(app, 2050, ("vote1@test.dk", false));
        var juror = await JurorAsync(app, "vote1@test.dk");

        (await juror.PutAsJsonAsync("/api/editions/2050/ballot", new { ranking = new[] { s.A, s.B, s.Outside } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await juror.PutAsJsonAsync("/api/editions/2050/ballot", new { ranking = new[] { s.A, s.A, s.B, s.C } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await juror.PutAsJsonAsync("/api/editions/2050/ballot", new { ranking = new[] { s.A, s.B } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var first = await juror.PutAsJsonAsync("/api/editions/2050/ballot", new { ranking = new[] { s.A, s.B, s.C } });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await juror.PutAsJsonAsync("/api/editions/2050/ballot", new { ranking = new[] { s.C, s.B, s.A } });
        (await second.Content.ReadFromJsonAsync<CastBallot.Result>())!.Version.ShouldBe(2);
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM Ballots WHERE Year = 2050"))).ShouldBe(1);
    }

    [Fact]
    public async Task Secretariat_and_non_jurors_cannot_cast_a_ballot()
    {
        var s = await ShortlistedAsync(app, 2051, ("vote2@test.dk", false));
        (await s.Secretariat.PutAsJsonAsync("/api/editions/2051/ballot", new { ranking = new[] { s.A, s.B, s.C } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client().PutAsJsonAsync("/api/editions/2051/ballot", new { ranking = new[] { s.A, s.B, s.C } }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Full_tie_is_decided_by_the_chairs_casting_vote_and_every_step_is_recorded()
    {
        // A perfect cycle and no scores: Schulze ties all three, the tally cannot separate them, the chair decides.
        var s = await ShortlistedAsync(app, 2052, ("tie1@test.dk", false), ("tie2@test.dk", true), ("tie3@test.dk", false));
        long[][] orders = [[s.A, s.B, s.C], [s.B, s.C, s.A], [s.C, s.A, s.B]];
        for (var i = 0; i < 3; i++)
            (await (await JurorAsync(app, $"tie{i + 1}@test.dk")).PutAsJsonAsync("/api/editions/2052/ballot", new { ranking = orders[i] }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);

        var decision = await s.Secretariat.PostAsJsonAsync("/api/editions/2052/decision", new { justification = "Formanden afgjorde." });
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
        var result = (await decision.Content.ReadFromJsonAsync<RecordDecision.Result>())!;
        result.WinnerNominationId.ShouldBe(s.B);
        result.TieBreaks.Select(t => t.Rule).ShouldBe(["Schulze", "ShortlistTally", "CastingVote"]);

        var stored = await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT TieBreaks FROM Decisions WHERE Year = 2052"));
        stored!.ShouldContain("CastingVote");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Phase FROM Editions WHERE Year = 2052"))).ShouldBe("Decided");
        (await s.Secretariat.PostAsJsonAsync("/api/editions/2052/decision", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Jury_ranking_form_works_without_javascript()
    {
        var s = await ShortlistedAsync(app, 2053, ("form1@test.dk", false));
        var juror = await JurorAsync(app, "form1@test.dk");
        var html = await juror.GetStringAsync("/jury/2053/afstemning");
        html.ShouldContain($"name=\"Ranks[{s.A}]\"");
        var token = await juror.AntiforgeryTokenAsync("/jury/2053/afstemning");

        var duplicate = await juror.PostAsync("/jury/2053/afstemning", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, [$"Ranks[{s.A}]"] = "1", [$"Ranks[{s.B}]"] = "1", [$"Ranks[{s.C}]"] = "2",
        }));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("samme plads");

        var ok = await juror.PostAsync("/jury/2053/afstemning", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, [$"Ranks[{s.A}]"] = "3", [$"Ranks[{s.B}]"] = "1", [$"Ranks[{s.C}]"] = "2",
        }));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ranks = await ResultsTestData.WithDb(app, db => db.QueryAsync<long>(
            "SELECT r.NominationId FROM BallotRanks r JOIN Ballots b ON b.Id = r.BallotId WHERE b.Year = 2053 ORDER BY r.Rank"));
        ranks.ShouldBe([s.B, s.C, s.A]);
    }

    [Fact]
    public async Task Secretariat_results_page_shows_methods_side_by_side_and_an_anonymised_chart()
    {
        var s = await ShortlistedAsync(app, 2054, ("page1@test.dk", false));
        var html = await s.Secretariat.GetStringAsync("/sekretariat/2054/resultater");
        html.ShouldContain("id=\"tally\"");
        html.ShouldContain("Normaliseret");
        html.ShouldContain("Borda");
        html.ShouldContain("<svg");
        html.ShouldContain("Jurymedlem 1");
        html.ShouldNotContain("page1@test.dk</text>");
        html.ShouldContain("mangler");
        (await s.Secretariat.GetStringAsync("/sekretariat/2054/resultater?navne=1")).ShouldContain("page1@test.dk</text>");
    }
}

/// <summary>Its own database and clock: crossing the deadline moves the class's clock for good.</summary>
public sealed class BallotDeadlineTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Ballot_after_the_final_vote_deadline_is_refused()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2055, ("late1@test.dk", false));
        var juror = await FinalVoteTests.JurorAsync(app, "late1@test.dk");
        (await juror.PutAsJsonAsync("/api/editions/2055/ballot", new { ranking = new[] { s.A, s.B, s.C } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.SetUtcNow(ResultsTestData.FinalVoteDeadline);
        juror = await FinalVoteTests.JurorAsync(app, "late1@test.dk"); // the sign-in cookie lasts 8 hours of the fake clock
        var late = await juror.PutAsJsonAsync("/api/editions/2055/ballot", new { ranking = new[] { s.C, s.B, s.A } });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("Fristen");
    }
}
