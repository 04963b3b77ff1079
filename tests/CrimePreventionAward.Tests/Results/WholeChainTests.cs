using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Results;

/// <summary>
/// The whole chain on 2020-like data, with its own database so that the edition is the front page's current one:
/// scores → shortlist → ballots → decision → announcement at the ceremony, embargoed until that instant.
/// </summary>
public sealed class WholeChainTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const int Year = 2026;
    private const string Winner = "Lommevending til Behandling";
    private const string Second = "Hvem Styrer Orkesteret";
    private const string Third = "SIKKER SHOPPING";
    private const string NotShortlisted = "Tryg i Nattelivet";

    [Fact]
    public async Task Whole_chain_keeps_the_winner_under_embargo_until_the_ceremony_and_then_shows_it()
    {
        await Editions.Deciding(Year).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var lomme = await new Nomination(Year)
        {
            Title = Winner, CandidateName = "Københavns Vestegns Politi og Brydehuset",
            Organisation = "Københavns Vestegns Politi", NominatorOrganisation = "Københavns Vestegns Politi",
        }.InsertAsync(app.Services);
        var hso = await new Nomination(Year)
        {
            Title = Second, CandidateName = "Helle Midskov Brynaa", Organisation = "Vejle Kommune", NominatorOrganisation = "Vejle Kommune",
        }.InsertAsync(app.Services);
        var shop = await new Nomination(Year)
        {
            Title = Third, CandidateName = "e-mærket", Organisation = "e-mærket", NominatorOrganisation = "e-mærket",
        }.InsertAsync(app.Services);
        var natteliv = await new Nomination(Year)
        {
            Title = NotShortlisted, CandidateName = "Natteravnene", Organisation = "Natteravnene", NominatorOrganisation = "Natteravnene",
        }.InsertAsync(app.Services);
        var criteria = await ResultsTestData.AddCriteriaAsync(app, Year);
        var jurors = new List<long>();
        for (var i = 1; i <= 5; i++)
            jurors.Add(await Jurors.Build(Year, $"Jurymedlem Nummer{i}").WithEmail($"juror{i}@test.dk").AsChair(i == 1).WithPassword().SeatAsync(app));
        await JuryRows.ConflictAsync(app, Year, jurors[2], shop, "Ansat i organisationen");

        int?[][] sheets =
        [
            [5, 4, 5, 4, 5], [4, 4, 4, 3, 4], [4, 5, 3, 4, 4], [2, 2, 3, 2, 2],
        ];
        for (var j = 0; j < 5; j++)
        {
            await ResultsTestData.ScoreAsync(app, Year, jurors[j], lomme, criteria, sheets[0]);
            await ResultsTestData.ScoreAsync(app, Year, jurors[j], hso, criteria, sheets[1]);
            if (j != 2) await ResultsTestData.ScoreAsync(app, Year, jurors[j], shop, criteria, sheets[2]);
            if (j != 4) await ResultsTestData.ScoreAsync(app, Year, jurors[j], natteliv, criteria, sheets[3]);
        }

        var juror1 = app.Client();
        await juror1.SignInAsync("juror1@test.dk", Jurors.Password);
        (await juror1.GetAsync($"/api/editions/{Year}/results")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var secretariat = await app.SecretariatAsync();
        var results = await secretariat.GetFromJsonAsync<JsonElement>($"/api/editions/{Year}/results");
        var shopRow = results.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("nominationId").GetInt64() == shop);
        shopRow.GetProperty("mean").GetProperty("count").GetInt32().ShouldBe(4);
        shopRow.GetProperty("mean").GetProperty("conflicted").GetInt32().ShouldBe(1);
        var nattelivRow = results.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("nominationId").GetInt64() == natteliv);
        nattelivRow.GetProperty("mean").GetProperty("missing").GetInt32().ShouldBe(1);
        nattelivRow.GetProperty("mean").GetProperty("value").GetDouble().ShouldBe(2.1666, 1e-3); // (2·2+2+3+2+2)/6, four jurors, not five

        var shortlistAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        var shortlist = await secretariat.PostAsJsonAsync($"/api/editions/{Year}/shortlist", new
        {
            entries = new[]
            {
                new { nominationId = lomme, justification = "Betjente møder unge stofbrugere med forståelse og motiverer til behandling." },
                new { nominationId = hso, justification = "Fagfolk i Vejle samarbejder om at forebygge mistrivsel, fravær og kriminalitet." },
                new { nominationId = shop, justification = "Røde advarselstrekanter leder netkunder væk fra falske webshops." },
            },
            announceAt = shortlistAt,
        });
        shortlist.StatusCode.ShouldBe(HttpStatusCode.OK, await shortlist.Content.ReadAsStringAsync());
        (await juror1.GetAsync($"/api/editions/{Year}/results")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().GetAsync($"/api/editions/{Year}/nominees")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await juror1.GetAsync($"/api/editions/{Year}/nominees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await app.SendAsSystem(new ChangePhase.Command(Year, Phase.FinalVote, "Testdata"));
        long[][] ballots = [[lomme, hso, shop], [lomme, shop, hso], [hso, lomme], [shop, lomme, hso], [hso, lomme, shop]];
        for (var j = 0; j < 5; j++)
        {
            var client = app.Client();
            await client.SignInAsync($"juror{j + 1}@test.dk", Jurors.Password);
            var cast = await client.PutAsJsonAsync($"/api/editions/{Year}/ballot", new { ranking = ballots[j] });
            cast.StatusCode.ShouldBe(HttpStatusCode.OK, await cast.Content.ReadAsStringAsync());
        }

        var decision = await secretariat.PostAsJsonAsync($"/api/editions/{Year}/decision", new { });
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
        var decided = await decision.Content.ReadFromJsonAsync<JsonElement>();
        decided.GetProperty("winnerNominationId").GetInt64().ShouldBe(lomme);
        decided.GetProperty("method").GetString().ShouldBe("Schulze");
        // Lommevending vs HSO: juror 1, 2, 4 → 3 to 2; vs SIKKER SHOPPING: 1, 2, 5 → 3 to 1 (juror 3 is conflicted).
        decided.GetProperty("pairwise").GetProperty("d")[0].EnumerateArray().Select(x => x.GetInt32()).ShouldBe([0, 3, 3]);
        decided.GetProperty("pairwise").GetProperty("d")[2][0].GetInt32().ShouldBe(1);
        decided.GetProperty("tieBreaks").GetArrayLength().ShouldBe(1);

        var late = await juror1.PutAsJsonAsync($"/api/editions/{Year}/ballot", new { ranking = new[] { shop, hso, lomme } });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var announce = await secretariat.PutAsJsonAsync($"/api/editions/{Year}/announcement",
            new { announceAt = (DateTimeOffset?)null, justification = "Et modigt skifte fra lommevending til behandling." });
        announce.StatusCode.ShouldBe(HttpStatusCode.OK, await announce.Content.ReadAsStringAsync());
        (await announce.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("announceAt").GetDateTimeOffset().ShouldBe(ResultsTestData.CeremonyAt);

        // After the shortlist's time, one minute before the ceremony: nominees public, the winner not.
        app.Clock.SetUtcNow(ResultsTestData.CeremonyAt.AddMinutes(-1));
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        await AssertEmbargoedAsync();
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Phase FROM Editions WHERE Year = 2026"))).ShouldBe("Decided");

        // At the ceremony, even before the job has run, everything shows the winner.
        app.Clock.SetUtcNow(ResultsTestData.CeremonyAt);
        await AssertAnnouncedAsync();
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Phase FROM Editions WHERE Year = 2026"))).ShouldBe("Announced");
        await AssertAnnouncedAsync();
    }

    private async Task AssertEmbargoedAsync()
    {
        var anonymous = app.Client();
        foreach (var url in new[] { "/", "/vinder", $"/vinder?aar={Year}", $"/api/editions/{Year}", $"/api/editions/{Year}/winner", "/api/editions",
                     $"/api/editions/{Year}/export/results.csv", $"/api/editions/{Year}/results" })
        {
            var response = await anonymous.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain("Lommevending", Case.Insensitive, customMessage: url);
            if (url.Contains("vinder") || url.EndsWith("/winner")) response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
        (await anonymous.GetAsync($"/api/editions/{Year}/export/results.csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The nominees are public now (the winner is one of them), but nothing marks which one won.
        foreach (var url in new[] { "/nominerede", $"/nominerede?aar={Year}", "/arkiv" })
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Headers.CacheControl?.NoStore.ShouldBeTrue(url);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldContain(Winner);
            body.ShouldContain(Third);
            body.ShouldNotContain(NotShortlisted);
            body.ShouldNotContain("vinder", Case.Insensitive, customMessage: url);
            body.ShouldNotContain("Prismodtager:", Case.Insensitive, customMessage: url);
        }
        var nominees = await anonymous.GetFromJsonAsync<JsonElement>($"/api/editions/{Year}/nominees");
        nominees.GetProperty("nominees").GetArrayLength().ShouldBe(3);
        nominees.ToString().ShouldNotContain("winner", Case.Insensitive);
        var archive = await anonymous.GetFromJsonAsync<JsonElement>("/api/archive");
        archive.EnumerateArray().ShouldAllBe(e => e.GetProperty("winner").ValueKind == JsonValueKind.Null);

        var front = await anonymous.GetAsync("/");
        front.Headers.CacheControl?.NoStore.ShouldBeTrue();
        (await front.Content.ReadAsStringAsync()).ShouldContain("href=\"/nominerede?aar=2026\"");
        (await front.Content.ReadAsStringAsync()).ShouldNotContain("/vinder");
        var winnerApi = await anonymous.GetAsync($"/api/editions/{Year}/winner");
        winnerApi.Headers.CacheControl?.NoStore.ShouldBeTrue();
    }

    private async Task AssertAnnouncedAsync()
    {
        var anonymous = app.Client();
        var page = await anonymous.GetAsync("/vinder");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain(Winner);
        var api = await anonymous.GetFromJsonAsync<JsonElement>($"/api/editions/{Year}/winner");
        api.GetProperty("name").GetString().ShouldBe(Winner);
        api.GetProperty("justification").GetString().ShouldBe("Et modigt skifte fra lommevending til behandling.");
        var front = await anonymous.GetStringAsync("/");
        front.ShouldContain(Winner);
        front.ShouldContain("/vinder?aar=2026");
        (await anonymous.GetStringAsync("/nominerede")).ShouldContain("winner-badge");
        var archive = await anonymous.GetStringAsync("/arkiv");
        archive.ShouldContain("Prismodtager:</strong>");
        var prize = archive[archive.IndexOf("Prismodtager:</strong>", StringComparison.Ordinal)..];
        prize[..prize.IndexOf("</p>", StringComparison.Ordinal)].ShouldContain(Winner);
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/archive"))[0].GetProperty("winner").GetProperty("nominationId").GetInt64().ShouldBeGreaterThan(0);
    }
}
