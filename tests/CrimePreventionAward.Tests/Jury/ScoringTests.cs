using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jury;

public sealed class ScoringTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Juror_saves_part_of_a_sheet_comes_back_and_finishes_it()
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2121);
        var criteria = await JuryKit.CriteriaAsync(app, 2121);
        var first = await juror.PutAsJsonAsync($"/api/editions/2121/scores/{ids[0]}", new
        {
            scores = new Dictionary<string, object?> { [criteria[0].Id.ToString()] = 4, [criteria[1].Id.ToString()] = "2", [criteria[2].Id.ToString()] = null },
            comment = "Lovende, mangler tal.",
        });
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var saved = await first.Content.ReadFromJsonAsync<JsonElement>();
        saved.GetProperty("version").GetInt32().ShouldBe(1);
        saved.GetProperty("complete").GetBoolean().ShouldBeFalse();
        (await juror.GetFromJsonAsync<JsonElement>("/api/editions/2121/my/nominations")).GetProperty("nominations")[0]
            .GetProperty("state").GetString().ShouldBe("Started");

        var sheet = await juror.GetFromJsonAsync<JsonElement>($"/api/editions/2121/my/scores/{ids[0]}");
        sheet.GetProperty("comment").GetString().ShouldBe("Lovende, mangler tal.");
        sheet.GetProperty("editable").GetBoolean().ShouldBeTrue();
        sheet.GetProperty("nomination").GetProperty("description").GetString().ShouldBe("Beskrivelse af Projekt 1.");
        sheet.GetProperty("criteria").EnumerateArray().Select(k => k.GetProperty("value").ValueKind == JsonValueKind.Null ? (int?)null : k.GetProperty("value").GetInt32())
            .ShouldBe([4, 2, null, null, null]);

        var full = await juror.PutAsJsonAsync($"/api/editions/2121/scores/{ids[0]}", new
        {
            scores = criteria.ToDictionary(k => k.Id.ToString(), _ => 5), comment = "Overbevisende.", version = 1,
        });
        full.StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await full.Content.ReadFromJsonAsync<JsonElement>();
        done.GetProperty("version").GetInt32().ShouldBe(2);
        done.GetProperty("complete").GetBoolean().ShouldBeTrue();
        var list = await juror.GetFromJsonAsync<JsonElement>("/api/editions/2121/my/nominations");
        list.GetProperty("scored").GetInt32().ShouldBe(1);
        list.GetProperty("toScore").GetInt32().ShouldBe(2);

        var stale = await juror.PutAsJsonAsync($"/api/editions/2121/scores/{ids[0]}", new { scores = new Dictionary<string, int>(), version = 1 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await juror.GetFromJsonAsync<JsonElement>($"/api/editions/2121/my/scores/{ids[0]}")).GetProperty("comment").GetString().ShouldBe("Overbevisende.");
    }

    [Theory]
    [InlineData(2122, "6", "point skal ligge fra 1 til 5")]
    [InlineData(2123, "0", "point skal ligge fra 1 til 5")]
    [InlineData(2124, "\"fem\"", "skriv et helt tal fra 1 til 5")]
    [InlineData(2125, "3.5", "skriv et helt tal fra 1 til 5")]
    [InlineData(2126, "true", "skriv et helt tal fra 1 til 5")]
    public async Task Score_outside_the_scale_or_not_a_whole_number_gets_400_and_nothing_is_stored(int year, string json, string message)
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, year);
        var criterion = (await JuryKit.CriteriaAsync(app, year))[0].Id;
        var response = await juror.PutAsync($"/api/editions/{year}/scores/{ids[0]}",
            new StringContent($$"""{"scores": {"{{criterion}}": {{json}}}, "comment": "x"}""", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty($"scores.{criterion}")[0].GetString()!.ShouldContain(message);
        (await JuryKit.SheetsOf(app, year)).ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_criterion_gets_400_unknown_or_unscorable_nomination_gets_404()
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2132);
        var ineligible = await new Nomination(2132) { Title = "Afvist projekt", Eligibility = "Ineligible" }.InsertAsync(app.Services);
        var unscreened = await new Nomination(2132) { Title = "Ikke screenet", Eligibility = null }.InsertAsync(app.Services);
        var withdrawn = await new Nomination(2132) { Title = "Trukket tilbage", Status = NominationStatus.Withdrawn }.InsertAsync(app.Services);
        await Editions.CreateOpenAsync(app, 2133);
        var otherEdition = await new Nomination(2133) { Title = "Andet år" }.InsertAsync(app.Services);
        var full = await JuryKit.FullSheetAsync(app, 2132, 3);

        var unknownCriterion = await juror.PutAsJsonAsync($"/api/editions/2132/scores/{ids[0]}", new { scores = new Dictionary<string, int> { ["999999"] = 3, ["abc"] = 3 } });
        unknownCriterion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await unknownCriterion.ProblemAsync()).GetProperty("errors");
        errors.GetProperty("scores.999999")[0].GetString().ShouldBe("Ukendt bedømmelseskriterium.");
        errors.GetProperty("scores.abc")[0].GetString().ShouldBe("Ukendt bedømmelseskriterium.");

        foreach (var id in new[] { 987654L, ineligible, unscreened, withdrawn, otherEdition })
        {
            var response = await juror.PutAsJsonAsync($"/api/editions/2132/scores/{id}", full);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"nomination {id}");
            (await response.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("findes ikke blandt dem, juryen bedømmer");
            (await juror.GetAsync($"/api/editions/2132/my/scores/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await JuryKit.SheetsOf(app, 2132)).ShouldBe(0);
    }

    [Fact]
    public async Task A_juror_id_in_the_request_is_ignored_the_sheet_is_the_signed_in_jurors()
    {
        var (ids, a) = await JuryKit.ScoringWithOneJurorAsync(app, 2134);
        var bId = await JuryKit.InviteAsync(app, 2134, "Lis Borg");
        var response = await a.PutAsync($"/api/editions/2134/scores/{ids[0]}", new StringContent(
            $$"""{"jurorId": {{bId}}, "juror": {{bId}}, "scores": {}, "comment": "Fra A"}""", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var owners = await app.WithScope(async sp => (await sp.GetRequiredService<Db>().QueryAsync<long>(
            "SELECT s.JurorId FROM ScoreSheets s WHERE s.Year = 2134")).ToList());
        owners.ShouldHaveSingleItem().ShouldNotBe(bId);
        var b = await JuryKit.SignedInAsync(app, JuryKit.Email("Lis Borg", 2134));
        (await b.GetFromJsonAsync<JsonElement>($"/api/editions/2134/my/scores/{ids[0]}")).GetProperty("comment").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Conflicted_juror_cannot_score_or_open_the_sheet_403()
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2135);
        (await juror.PostAsJsonAsync("/api/editions/2135/conflicts", new { nominationId = ids[1], reason = "Min arbejdsplads" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await juror.PutAsJsonAsync($"/api/editions/2135/scores/{ids[1]}", await JuryKit.FullSheetAsync(app, 2135, 3)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync($"/api/editions/2135/my/scores/{ids[1]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync($"/jury/2135/bedoem/{ids[1]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await JuryKit.SheetsOf(app, 2135)).ShouldBe(0);
        var list = await juror.GetFromJsonAsync<JsonElement>("/api/editions/2135/my/nominations");
        list.GetProperty("nominations")[1].GetProperty("state").GetString().ShouldBe("Conflicted");
        list.GetProperty("toScore").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Scores_are_refused_with_409_before_scoring_opens()
    {
        var ids = await JuryKit.ScoringEditionAsync(app, 2136, 1);
        await JuryKit.InviteAsync(app, 2136, "Eva Kock");
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Eva Kock", 2136));
        var response = await juror.PutAsJsonAsync($"/api/editions/2136/scores/{ids[0]}", await JuryKit.FullSheetAsync(app, 2136, 3));
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("Bedømmelsen er ikke åben");
    }

    [Fact]
    public async Task Sheet_locks_at_the_scoring_deadline_409_and_read_only_page()
    {
        // Scoring deadline = nomination deadline + 30 days: 2 hours from now (within the 8-hour session).
        var deadline = app.Clock.GetUtcNow().AddDays(-30).AddHours(2);
        var ids = await JuryKit.ScoringEditionAsync(app, 2137, 1, deadline);
        await JuryKit.InviteAsync(app, 2137, "Jens Mark");
        await JuryKit.OpenScoringAsync(app, 2137);
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Jens Mark", 2137));
        (await juror.PutAsJsonAsync($"/api/editions/2137/scores/{ids[0]}", await JuryKit.FullSheetAsync(app, 2137, 4, "Før fristen")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromHours(3));
        var late = await juror.PutAsJsonAsync($"/api/editions/2137/scores/{ids[0]}", await JuryKit.FullSheetAsync(app, 2137, 1, "Efter fristen"));
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("kan kun læses");
        var sheet = await juror.GetFromJsonAsync<JsonElement>($"/api/editions/2137/my/scores/{ids[0]}");
        sheet.GetProperty("editable").GetBoolean().ShouldBeFalse();
        sheet.GetProperty("comment").GetString().ShouldBe("Før fristen");
        var page = await (await juror.GetAsync($"/jury/2137/bedoem/{ids[0]}")).Content.ReadAsStringAsync();
        page.ShouldContain("Arket kan kun læses");
        page.ShouldNotContain("Gem bedømmelse");
    }
}
