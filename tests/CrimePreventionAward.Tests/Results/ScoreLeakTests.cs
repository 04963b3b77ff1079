using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Results;

/// <summary>No order, figure or list lets the public or a conflicted juror learn what the jury scored.</summary>
public sealed class ScoreLeakTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Public_nominees_stand_in_reference_order_not_in_the_tally_order_the_shortlist_was_picked_in()
    {
        // Before the fix the shortlist kept the order it was sent in (the tally's, best first) on the page and in the API.
        await Editions.Deciding(2060).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var first = await new Nomination(2060) { Title = "Første Projekt", CandidateName = "Første" }.InsertAsync(app.Services);
        var second = await new Nomination(2060) { Title = "Andet Projekt", CandidateName = "Anden" }.InsertAsync(app.Services);
        var third = await new Nomination(2060) { Title = "Tredje Projekt", CandidateName = "Tredje" }.InsertAsync(app.Services);
        var secretariat = await app.SecretariatAsync();
        (await secretariat.PostAsJsonAsync("/api/editions/2060/shortlist", new
        {
            entries = new[] { third, first, second }.Select(id => new { nominationId = id, justification = "Begrundelse" }),
            announceAt = app.Clock.GetUtcNow().AddMinutes(-1),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var anonymous = app.Client();
        var nominees = await anonymous.GetFromJsonAsync<JsonElement>("/api/editions/2060/nominees");
        nominees.GetProperty("nominees").EnumerateArray().Select(n => n.GetProperty("nominationId").GetInt64()).ShouldBe([first, second, third]);
        var archive = await anonymous.GetFromJsonAsync<JsonElement>("/api/archive");
        archive.EnumerateArray().Single(e => e.GetProperty("year").GetInt32() == 2060).GetProperty("nominees").EnumerateArray()
            .Select(n => n.GetProperty("nominationId").GetInt64()).ShouldBe([first, second, third]);
        var html = await anonymous.GetStringAsync("/nominerede?aar=2060");
        html.IndexOf("Første Projekt", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Andet Projekt", StringComparison.Ordinal));
        html.IndexOf("Andet Projekt", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Tredje Projekt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_nomination_not_screened_eligible_cannot_be_shortlisted()
    {
        // Before the fix any submitted nomination could be shortlisted, eligible or not.
        await Editions.Deciding(2061).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var eligible = await new Nomination(2061) { Title = "Godkendt Projekt" }.InsertAsync(app.Services);
        var ineligible = await new Nomination(2061) { Title = "Afvist Projekt", Eligibility = "Ineligible" }.InsertAsync(app.Services);
        var unscreened = await new Nomination(2061) { Title = "Uscreenet Projekt", Eligibility = null }.InsertAsync(app.Services);
        var secretariat = await app.SecretariatAsync();
        foreach (var refused in new[] { ineligible, unscreened })
        {
            var response = await secretariat.PostAsJsonAsync("/api/editions/2061/shortlist", new
            {
                entries = new[] { eligible, refused }.Select(id => new { nominationId = id, justification = "Begrundelse" }),
                announceAt = app.Clock.GetUtcNow().AddDays(1),
            });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.ProblemAsync()).ToString().ShouldContain($"Indstilling {refused} kan ikke nomineres");
        }
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM ShortlistEntries WHERE Year = 2061"))).ShouldBe(0);
    }

    [Fact]
    public async Task Juror_sees_no_figure_of_a_nomination_they_are_conflicted_on_nor_one_resting_on_a_single_score()
    {
        // Before the fix the conflicted juror got the mean of the one colleague who scored it: that colleague's score.
        await Editions.Deciding(2062).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var criteria = await ResultsTestData.AddCriteriaAsync(app, 2062);
        var conflicted = await new Nomination(2062) { Title = "Inhabil Sag", CandidateName = "Inhabil" }.InsertAsync(app.Services);
        var shared = await new Nomination(2062) { Title = "Fælles Sag", CandidateName = "Fælles" }.InsertAsync(app.Services);
        var lonely = await new Nomination(2062) { Title = "Enlig Sag", CandidateName = "Enlig" }.InsertAsync(app.Services);
        var me = await Jurors.Build(2062, "Inhabil Juror").WithEmail("leak1@test.dk").WithPassword().SeatAsync(app);
        var colleague = await Jurors.Build(2062, "Kollega En").WithEmail("leak2@test.dk").WithPassword().SeatAsync(app);
        var other = await Jurors.Build(2062, "Kollega To").WithEmail("leak3@test.dk").WithPassword().SeatAsync(app);
        await JuryRows.ConflictAsync(app, 2062, me, conflicted, "Ansat i organisationen");
        await ResultsTestData.ScoreAsync(app, 2062, colleague, conflicted, criteria, 5, 5, 5, 5, 5);
        await ResultsTestData.ScoreAsync(app, 2062, colleague, shared, criteria, 3, 3, 3, 3, 3);
        await ResultsTestData.ScoreAsync(app, 2062, other, shared, criteria, 4, 4, 4, 4, 4);
        await ResultsTestData.ScoreAsync(app, 2062, colleague, lonely, criteria, 2, 2, 2, 2, 2);
        await app.SendAsSystem(new ChangePhase.Command(2062, Phase.Shortlisted, "Testdata"));

        var juror = app.Client();
        await juror.SignInAsync("leak1@test.dk", Jurors.Password);
        var results = await juror.GetFromJsonAsync<JsonElement>("/api/editions/2062/results");
        var rows = results.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("nominationId").GetInt64());
        foreach (var withheld in new[] { conflicted, lonely })
            foreach (var method in new[] { "mean", "normalised", "borda" })
            {
                rows[withheld].GetProperty(method).GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null, $"{withheld} {method}");
                rows[withheld].GetProperty(method).GetProperty("count").GetInt32().ShouldBe(0);
            }
        rows[shared].GetProperty("mean").GetProperty("value").GetDouble().ShouldBe(3.5, 1e-9);
        results.GetProperty("topByMean").EnumerateArray().Select(x => x.GetInt64()).ShouldBe([shared]);
        results.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("nominationId").GetInt64()).ShouldBe([conflicted, shared, lonely]);

        // The colleague is not conflicted, but still sees no figure resting on their own score alone.
        var colleagueClient = app.Client();
        await colleagueClient.SignInAsync("leak2@test.dk", Jurors.Password);
        var theirs = await colleagueClient.GetFromJsonAsync<JsonElement>("/api/editions/2062/results");
        theirs.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("nominationId").GetInt64() == lonely)
            .GetProperty("mean").GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);

        // The secretariat still sees everything.
        var secretariat = await app.SecretariatAsync();
        var full = await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2062/results");
        full.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("nominationId").GetInt64() == conflicted)
            .GetProperty("mean").GetProperty("value").GetDouble().ShouldBe(5);
    }

    [Fact]
    public async Task Conflicts_cannot_be_declared_once_the_final_vote_has_closed()
    {
        // Before the fix a conflict could still be declared after the decision, changing what a recount would give.
        var s = await FinalVoteTests.ShortlistedAsync(app, 2063, ("lock1@test.dk", true), ("lock2@test.dk", false));
        var jurorId = await ResultsTestData.WithDb(app, db => db.ScalarAsync<long>("SELECT Id FROM Jurors WHERE Email = 'lock2@test.dk' AND Year = 2063"));
        (await s.Secretariat.PostAsJsonAsync("/api/editions/2063/conflicts", new { nominationId = s.C, reason = "Bestyrelsesmedlem", jurorId }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var voter = await FinalVoteTests.JurorAsync(app, "lock1@test.dk");
        (await voter.PutAsJsonAsync("/api/editions/2063/ballot", new { ranking = new[] { s.A, s.B, s.C } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var juror = await FinalVoteTests.JurorAsync(app, "lock2@test.dk");
        // Every juror votes, so the decision may be made before the vote's deadline.
        (await juror.PutAsJsonAsync("/api/editions/2063/ballot", new { ranking = new[] { s.A, s.B } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.Secretariat.PostAsJsonAsync("/api/editions/2063/decision", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var late = await s.Secretariat.PostAsJsonAsync("/api/editions/2063/conflicts", new { nominationId = s.A, reason = "Opdaget for sent", jurorId });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("Afstemningen er lukket");
        (await juror.PostAsJsonAsync("/api/editions/2063/conflicts", new { nominationId = s.B, reason = "Også for sent" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM Conflicts WHERE Year = 2063"))).ShouldBe(1);
    }
}

/// <summary>Its own database and clock: crossing the final-vote deadline moves the class's clock for good.</summary>
public sealed class ConflictDeadlineTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Conflicts_cannot_be_declared_after_the_final_vote_deadline_even_before_the_decision()
    {
        // Before the fix a conflict declared after the deadline changed the count the decision was about to make.
        var s = await FinalVoteTests.ShortlistedAsync(app, 2064, ("deadline1@test.dk", false));
        var jurorId = await ResultsTestData.WithDb(app, db => db.ScalarAsync<long>("SELECT Id FROM Jurors WHERE Year = 2064"));
        app.Clock.SetUtcNow(ResultsTestData.FinalVoteDeadline);
        var secretariat = app.Client(); // the sign-in cookie lasts 8 hours of the fake clock
        await secretariat.SignInAsync();
        var late = await secretariat.PostAsJsonAsync("/api/editions/2064/conflicts", new { nominationId = s.A, reason = "For sent", jurorId });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM Conflicts WHERE Year = 2064"))).ShouldBe(0);
    }
}
