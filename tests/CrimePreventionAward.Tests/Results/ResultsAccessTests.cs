using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Results;

public sealed class ResultsAccessTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private async Task<(long Nomination, long Juror)> ScoredEditionAsync(int year, string jurorEmail)
    {
        await Editions.Deciding(year).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var nomination = await new Nomination(year)
        {
            Title = "Hemmeligt Projekt", CandidateName = "Kandidat", Organisation = "Organisation A", NominatorOrganisation = "Organisation A",
        }.InsertAsync(app.Services);
        var criteria = await ResultsTestData.AddCriteriaAsync(app, year);
        var juror = await Jurors.Build(year, "Jurymedlem Adgang").WithEmail(jurorEmail).WithPassword().SeatAsync(app);
        await ResultsTestData.ScoreAsync(app, year, juror, nomination, criteria, 5, 4, 3, 2, 1);
        return (nomination, juror);
    }

    [Fact]
    public async Task Juror_cannot_see_results_before_the_scoring_round_is_closed()
    {
        await ScoredEditionAsync(2040, "adgang1@test.dk");
        var juror = app.Client();
        await juror.SignInAsync("adgang1@test.dk", Jurors.Password);

        (await juror.GetAsync("/api/editions/2040/results")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync("/api/editions/2040/export/results.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await app.SendAsSystem(new ChangePhase.Command(2040, Phase.Shortlisted, "Testdata"));
        var results = await juror.GetFromJsonAsync<JsonElement>("/api/editions/2040/results");
        results.GetProperty("rows").GetArrayLength().ShouldBe(1);
        results.GetProperty("jurors").ValueKind.ShouldBe(JsonValueKind.Null); // never other jurors' sheets
        results.GetProperty("rows")[0].GetProperty("scores").ValueKind.ShouldBe(JsonValueKind.Null);
        results.GetProperty("decision").ValueKind.ShouldBe(JsonValueKind.Null);
        (await juror.GetAsync("/api/editions/2040/export/results.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Juror_of_another_edition_cannot_see_its_results()
    {
        await ScoredEditionAsync(2041, "adgang2@test.dk");
        await Editions.Deciding(2042).InPhase(Phase.Shortlisted, "Testdata").CreateAsync(app);
        var juror = app.Client();
        await juror.SignInAsync("adgang2@test.dk", Jurors.Password);
        (await juror.GetAsync("/api/editions/2042/results")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Nominator_with_the_edit_token_cannot_see_any_score_at_any_time()
    {
        await ScoredEditionAsync(2043, "adgang3@test.dk");
        foreach (var phase in new[] { Phase.Scoring, Phase.Shortlisted, Phase.Announced })
        {
            if (phase != Phase.Scoring) await app.SendAsSystem(new ChangePhase.Command(2043, phase, "Testdata"));
            var nominator = app.Client();
            nominator.DefaultRequestHeaders.Add("X-Edit-Token", "the-nominators-private-token");
            foreach (var url in new[] { "/api/editions/2043/results", "/api/editions/2043/export/results.csv" })
            {
                var response = await nominator.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{url} in {phase}");
                (await response.Content.ReadAsStringAsync()).ShouldNotContain("mean");
            }
            var page = await nominator.GetAsync("/sekretariat/2043/resultater");
            page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            page.Headers.Location!.ToString().ShouldStartWith("https://localhost/login");
        }
    }

    [Fact]
    public async Task Secretariat_gets_every_method_and_the_csv_of_every_score()
    {
        await ScoredEditionAsync(2044, "adgang4@test.dk");
        var client = await app.SecretariatAsync();
        var results = await client.GetFromJsonAsync<JsonElement>("/api/editions/2044/results");
        var row = results.GetProperty("rows")[0];
        row.GetProperty("mean").GetProperty("value").GetDouble().ShouldBe((2 * 5 + 4 + 3 + 2 + 1) / 6.0, 1e-9);
        row.GetProperty("normalised").GetProperty("count").GetInt32().ShouldBe(1);
        row.GetProperty("borda").GetProperty("value").GetDouble().ShouldBe(0);
        results.GetProperty("jurors")[0].GetProperty("name").GetString().ShouldBe("Jurymedlem Adgang");

        var csv = await client.GetAsync("/api/editions/2044/export/results.csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var text = await csv.Content.ReadAsStringAsync();
        text.ShouldStartWith("Type;Reference;Indstilling;Jurymedlem;Kriterium;Værdi;Antal bedømmelser;Mangler;Inhabile");
        text.ShouldContain("Point;");
        text.ShouldContain("Kriminalpræventiv effekt;5");
        text.ShouldContain("Vægtet gennemsnit;");
        text.ShouldContain("Hemmeligt Projekt;Jurymedlem Adgang;;3,3333;", customMessage: text);
        text.ShouldContain("Normaliseret gennemsnit;");
        text.ShouldContain("Borda;");
    }

    [Fact]
    public async Task Results_csv_opens_in_Excel_with_a_BOM_and_Danish_headers_and_English_ones_after_the_language_switch()
    {
        await ScoredEditionAsync(2047, "adgang7@test.dk");
        var client = await app.SecretariatAsync();

        var danish = await client.GetByteArrayAsync("/api/editions/2047/export/results.csv");
        danish.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = System.Text.Encoding.UTF8.GetString(danish, 3, danish.Length - 3);
        text.ShouldStartWith("Type;Reference;Indstilling;Jurymedlem;Kriterium;Værdi;Antal bedømmelser;Mangler;Inhabile\r\n");
        text.ShouldContain("Vægtet gennemsnit;");

        await client.UseEnglishAsync();
        var english = await client.GetByteArrayAsync("/api/editions/2047/export/results.csv");
        english.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var englishText = System.Text.Encoding.UTF8.GetString(english, 3, english.Length - 3);
        englishText.ShouldStartWith("Type;Reference;Nomination;Jury member;Criterion;Value;Number of scores;Missing;Conflicted\r\n");
        englishText.ShouldContain("Weighted mean;");
    }

    [Fact]
    public async Task Results_csv_neutralises_spreadsheet_formulas_and_is_sent_as_a_download()
    {
        await Editions.Deciding(2046).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var nomination = await new Nomination(2046)
        {
            Title = "=HYPERLINK(\"http://ond.example\")", CandidateName = "=HYPERLINK(\"http://ond.example\")",
            Organisation = "Organisation A", NominatorOrganisation = "Organisation A",
        }.InsertAsync(app.Services);
        var criteria = await ResultsTestData.AddCriteriaAsync(app, 2046);
        var juror = await Jurors.Build(2046, "@SUM(1+1)").WithEmail("adgang6@test.dk").WithPassword().SeatAsync(app);
        await ResultsTestData.ScoreAsync(app, 2046, juror, nomination, criteria, 5, 4, 3, 2, 1);
        var client = await app.SecretariatAsync();

        var csv = await client.GetAsync("/api/editions/2046/export/results.csv");

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        csv.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("resultater-2046.csv");
        var text = await csv.Content.ReadAsStringAsync();
        text.ShouldContain("HYPERLINK");
        text.ShouldNotContain(";=HYPERLINK");
        text.ShouldNotContain(";@SUM");
    }

    [Fact]
    public async Task Nominees_page_is_a_404_before_the_shortlist_time_but_jurors_see_the_shortlist_at_once()
    {
        var (nomination, _) = await ScoredEditionAsync(2045, "adgang5@test.dk");
        var secretariat = await app.SecretariatAsync();
        var at = app.Clock.GetUtcNow().AddDays(1);
        (await secretariat.PostAsJsonAsync("/api/editions/2045/shortlist",
            new { entries = new[] { new { nominationId = nomination, justification = "Fin begrundelse" } }, announceAt = at }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var anonymous = app.Client();
        var page = await anonymous.GetAsync("/nominerede?aar=2045");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("ikke offentliggjort endnu");
        html.ShouldNotContain("Hemmeligt Projekt");
        (await anonymous.GetAsync("/api/editions/2045/nominees")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync("/arkiv")).ShouldNotContain("Hemmeligt Projekt");

        var juror = app.Client();
        await juror.SignInAsync("adgang5@test.dk", Jurors.Password);
        (await juror.GetStringAsync("/nominerede?aar=2045")).ShouldContain("Fin begrundelse");
    }
}
