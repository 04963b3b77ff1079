using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Language;

/// <summary>The results pages (secretariat results, front page, nominees, winner, archive) in English.</summary>
public sealed class ResultsEnglishTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private async Task<(long A, long B)> ScoredEditionAsync(int year, string jurorEmail)
    {
        await Editions.Deciding(year).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var a = await new Nomination(year) { Title = "Projekt Nord", CandidateName = "Nord" }.InsertAsync(app.Services);
        var b = await new Nomination(year) { Title = "Projekt Syd", CandidateName = "Syd" }.InsertAsync(app.Services);
        var criteria = await ResultsTestData.AddCriteriaAsync(app, year);
        var juror = await Jurors.Build(year, "Sprog Juror").WithEmail(jurorEmail).AsChair().WithPassword().SeatAsync(app);
        await ResultsTestData.ScoreAsync(app, year, juror, a, criteria, 4, 4, 4, 4, 4);
        await ResultsTestData.ScoreAsync(app, year, juror, b, criteria, 3, 3, 3, 3, null);
        return (a, b);
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    [Fact]
    public async Task Secretariat_results_page_and_its_chart_are_in_English_and_so_is_a_shortlist_error()
    {
        const string url = "/sekretariat/2150/resultater";
        var (a, _) = await ScoredEditionAsync(2150, "sprog1@test.dk");
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();

        var html = await client.GetStringAsync(url);
        html.ShouldContain("<html lang=\"en\"");
        html.ShouldContain("<h1>Results: Den Kriminalpræventive Pris 2150</h1>");
        html.ShouldContain("<h2>Tally</h2>");
        html.ShouldContain("Phase: <strong>Scoring</strong>");
        html.ShouldContain("Scores per nomination and juror");
        html.ShouldContain("Juror 1");
        html.ShouldContain("missing");
        html.ShouldContain("Save the nominees");
        html.ShouldContain("Show names");
        foreach (var danish in new[] { "Optælling", "Bedømmelser pr. jurymedlem", "Gem de nominerede", "Jurymedlem 1", "Vis navne", "Offentliggøres" })
            html.ShouldNotContain(danish);

        var token = await client.AntiforgeryTokenAsync(url);
        var refused = await client.PostAsync($"{url}?handler=Shortlist", Form(token,
            ("Picks[0].NominationId", $"{a}"), ("Picks[0].Selected", "true"), ("Picks[0].Justification", ""),
            ("ShortlistAt", "2026-11-26T10:00")));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var error = await refused.Content.ReadAsStringAsync();
        error.ShouldContain("Write a reason for each nominee.");
        error.ShouldNotContain("Skriv en begrundelse for hver nomineret.");
    }

    [Fact]
    public async Task Front_page_nominees_winner_and_archive_are_in_English_once_the_winner_is_public()
    {
        const int year = 2151;
        const string url = "/sekretariat/2151/resultater";
        var (a, b) = await ScoredEditionAsync(year, "sprog2@test.dk");
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();
        var token = await client.AntiforgeryTokenAsync(url);
        // Public at once: the fake "now" is 25 November 2026 10:00 Danish time.
        (await client.PostAsync($"{url}?handler=Shortlist", Form(token,
            ("Picks[0].NominationId", $"{a}"), ("Picks[0].Selected", "true"), ("Picks[0].Justification", "Nord fortjener det"),
            ("Picks[1].NominationId", $"{b}"), ("Picks[1].Selected", "true"), ("Picks[1].Justification", "Syd fortjener det"),
            ("ShortlistAt", "2026-11-25T09:00")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(url)).ShouldContain("The nominees have been saved.");

        await app.SendAsSystem(new ChangePhase.Command(year, Phase.FinalVote, "Testdata"));
        var juror = app.Client();
        await juror.SignInAsync("sprog2@test.dk", Jurors.Password);
        (await juror.PutAsync($"/api/editions/{year}/ballot", System.Net.Http.Json.JsonContent.Create(new { ranking = new[] { b, a } })))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync($"{url}?handler=Decision", Form(token, ("DecisionJustification", "Syd vandt"), ("ConfirmDecision", "true"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var decided = await client.GetStringAsync(url);
        decided.ShouldContain("The decision has been made and locked.");
        decided.ShouldContain("Winner: <strong>Projekt Syd</strong>");
        decided.ShouldContain("<h3>Announcement</h3>");
        decided.ShouldNotContain("Afgørelse");
        (await client.PostAsync($"{url}?handler=Announcement", Form(token, ("WinnerAt", "2026-11-25T09:30"), ("WinnerJustification", "Syd vandt"),
                ("ConfirmEarly", "true"), ("EarlyReason", "Offentliggøres før overrækkelsen"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.SendAsSystem(new PublishDueAnnouncements.Command());

        var visitor = app.Client();
        await visitor.UseEnglishAsync();
        var front = await visitor.GetStringAsync("/");
        front.ShouldContain("<html lang=\"en\"");
        front.ShouldContain("The winner has been announced. The prize was handed over on");
        front.ShouldContain("<dt>Nomination deadline</dt>");
        front.ShouldContain("<dt>Prize amount</dt><dd>DKK 50.000</dd>");
        front.ShouldContain("<strong>Prize winner:</strong>");
        front.ShouldContain("See the nominees");
        front.ShouldContain("Archive: earlier award editions");
        foreach (var danish in new[] { "Frist for indstillinger", "Prisbeløb", "Prismodtager:", "Se de nominerede", "Offentliggjort" })
            front.ShouldNotContain(danish);

        var nominees = await visitor.GetStringAsync($"/nominerede?aar={year}");
        nominees.ShouldContain("<h1>The nominees for Den Kriminalpræventive Pris 2151</h1>");
        nominees.ShouldContain("has nominated 2 candidates.");
        nominees.ShouldContain("winner-badge\">Winner</span>");
        nominees.ShouldNotContain("De nominerede til");
        nominees.ShouldNotContain(">Vinder<");

        var winner = await visitor.GetStringAsync($"/vinder?aar={year}");
        winner.ShouldContain("<h1>Winner of Den Kriminalpræventive Pris 2151</h1>");
        winner.ShouldContain("See all the nominees");
        winner.ShouldContain("<p>Announced ");
        winner.ShouldNotContain("Vinder af");
        winner.ShouldNotContain("Offentliggjort");

        var archive = await visitor.GetStringAsync("/arkiv");
        archive.ShouldContain("<h1>Archive</h1>");
        archive.ShouldContain("<h3>Nominees</h3>");
        archive.ShouldContain("<strong>Prize winner:</strong>");
        archive.ShouldNotContain("Tidligere prisuddelinger");
        archive.ShouldNotContain("Nominerede");
    }

    [Fact]
    public async Task Nominees_and_winner_not_yet_public_say_so_in_English()
    {
        await Editions.Deciding(2149).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var visitor = app.Client();
        await visitor.UseEnglishAsync();
        var nominees = await visitor.GetAsync("/nominerede?aar=2149");
        nominees.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await nominees.Content.ReadAsStringAsync();
        html.ShouldContain("<h1>The nominees have not been announced yet</h1>");
        html.ShouldNotContain("ikke offentliggjort endnu");
        var winner = await (await visitor.GetAsync("/vinder?aar=2149")).Content.ReadAsStringAsync();
        winner.ShouldContain("<h1>The prize winner has not been announced yet</h1>");
        winner.ShouldNotContain("Prismodtageren er ikke offentliggjort endnu");
    }
}
