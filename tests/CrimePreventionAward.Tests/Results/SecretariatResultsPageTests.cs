using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Results;

/// <summary>The secretariat's forms on /sekretariat/{year}/resultater, posted as a browser without JavaScript would.</summary>
public sealed class SecretariatResultsPageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Secretariat_sets_shortlist_decides_and_schedules_the_announcement_through_the_page()
    {
        const int year = 2060;
        const string url = "/sekretariat/2060/resultater";
        await Editions.Deciding(year).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var a = await new Nomination(year) { Title = "Projekt Øst", CandidateName = "Øst" }.InsertAsync(app.Services);
        var b = await new Nomination(year) { Title = "Projekt Vest", CandidateName = "Vest" }.InsertAsync(app.Services);
        var criteria = await ResultsTestData.AddCriteriaAsync(app, year);
        var juror = await Jurors.Build(year, "Side Juror").WithEmail("side1@test.dk").AsChair().WithPassword().SeatAsync(app);
        await ResultsTestData.ScoreAsync(app, year, juror, a, criteria, 4, 4, 4, 4, 4);
        await ResultsTestData.ScoreAsync(app, year, juror, b, criteria, 3, 3, 3, 3, null); // incomplete: missing

        var client = await app.SecretariatAsync();
        var html = await client.GetStringAsync(url);
        html.ShouldContain("mangler");
        var token = await client.AntiforgeryTokenAsync(url);

        var missingJustification = await client.PostAsync($"{url}?handler=Shortlist", Form(token,
            ("Picks[0].NominationId", $"{a}"), ("Picks[0].Selected", "true"), ("Picks[0].Justification", ""),
            ("ShortlistAt", "2026-11-26T10:00")));
        missingJustification.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await missingJustification.Content.ReadAsStringAsync()).ShouldContain("Skriv en begrundelse for hver nomineret.");

        var shortlist = await client.PostAsync($"{url}?handler=Shortlist", Form(token,
            ("Picks[0].NominationId", $"{a}"), ("Picks[0].Selected", "true"), ("Picks[0].Justification", "Øst fortjener det"),
            ("Picks[1].NominationId", $"{b}"), ("Picks[1].Selected", "true"), ("Picks[1].Justification", "Vest fortjener det"),
            ("ShortlistAt", "2026-11-26T10:00")));
        shortlist.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM ShortlistEntries WHERE Year = 2060"))).ShouldBe(2);

        await app.SendAsSystem(new ChangePhase.Command(year, Phase.FinalVote, "Testdata"));
        var jurorClient = app.Client();
        await jurorClient.SignInAsync("side1@test.dk", Jurors.Password);
        (await jurorClient.PutAsync("/api/editions/2060/ballot", System.Net.Http.Json.JsonContent.Create(new { ranking = new[] { b, a } })))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostAsync($"{url}?handler=Decision", Form(token, ("DecisionJustification", "Vest vandt"), ("ConfirmDecision", "true"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var decided = await client.GetStringAsync(url);
        decided.ShouldContain("Vinder: <strong>Projekt Vest</strong>");
        decided.ShouldContain("id=\"pairwise\"");

        // A time before the ceremony (10 December, 14:00 Danish time) is refused until it is confirmed with a reason.
        var early = await client.PostAsync($"{url}?handler=Announcement", Form(token, ("WinnerAt", "2026-12-09T10:00")));
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.Content.ReadAsStringAsync()).ShouldContain("Et tidspunkt før prisoverrækkelsen skal bekræftes med en begrundelse.");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT IsExplicit FROM Announcements WHERE Year = 2060 AND Kind = 'Winner'"))).ShouldBe(0);

        (await client.PostAsync($"{url}?handler=Announcement", Form(token, ("WinnerAt", "2026-12-24T18:00"), ("WinnerJustification", "Juleprisen"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var at = await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT AnnounceAt FROM Announcements WHERE Year = 2060 AND Kind = 'Winner'"));
        DateTimeOffset.Parse(at!).ShouldBe(new DateTimeOffset(2026, 12, 24, 17, 0, 0, TimeSpan.Zero));
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
}
