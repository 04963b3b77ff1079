using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Jury;

public sealed class ScoreSheetGuidanceTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient juror, int year, long nomination, IEnumerable<(long Criterion, int Value)> scores, bool next = false)
    {
        var url = $"/jury/{year}/bedoem/{nomination}";
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await juror.AntiforgeryTokenAsync(url) };
        foreach (var (criterion, value) in scores) form[$"Scores[{criterion}]"] = $"{value}";
        if (next) form["Then"] = "next";
        return await juror.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Half_filled_sheet_is_saved_with_a_warning_and_its_missing_criteria_marked()
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2193);
        var criteria = await JuryKit.CriteriaAsync(app, 2193);

        (await SaveAsync(juror, 2193, ids[0], criteria.Take(3).Select(k => (k.Id, 4)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var half = await juror.GetStringAsync($"/jury/2193/bedoem/{ids[0]}");
        half.ShouldContain("Bedømmelsen er gemt, men arket tæller ikke med, før alle kriterier har point.");
        half.ShouldNotContain("Bedømmelsen er gemt. Du kan rette den indtil fristen.");
        half.ShouldContain($"<a href=\"#Scores_{criteria[3].Id}\">Overførbarhed</a>");
        foreach (var missing in criteria.Skip(3))
        {
            half.ShouldContain($"id=\"Scores_{missing.Id}-missing\"");
            half.ShouldContain($"Scores_{missing.Id}-missing\">"); // named by the fieldset's aria-describedby
        }
        foreach (var given in criteria.Take(3)) half.ShouldNotContain($"id=\"Scores_{given.Id}-missing\"");

        (await SaveAsync(juror, 2193, ids[0], criteria.Select(k => (k.Id, 4)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var whole = await juror.GetStringAsync($"/jury/2193/bedoem/{ids[0]}");
        whole.ShouldContain("Bedømmelsen er gemt. Du kan rette den indtil fristen.");
        whole.ShouldNotContain("-missing");
        whole.ShouldNotContain("sheet-incomplete");
    }

    [Fact]
    public async Task Sheet_says_what_the_low_middle_and_high_end_of_each_scale_mean()
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2194);
        var criteria = await JuryKit.CriteriaAsync(app, 2194);
        var html = await juror.GetStringAsync($"/jury/2194/bedoem/{ids[0]}");
        foreach (var k in criteria)
        {
            html.ShouldContain($"<dt>1</dt><dd>{k.AnchorLow}</dd>");
            html.ShouldContain($"<dt>3</dt><dd>{k.AnchorMid}</dd>");
            html.ShouldContain($"<dt>5</dt><dd>{k.AnchorHigh}</dd>");
            html.ShouldContain($"aria-describedby=\"Scores_{k.Id}-hint Scores_{k.Id}-anchors\"");
        }
    }

    [Fact]
    public async Task Save_and_next_goes_to_the_next_nomination_still_to_score_skipping_conflicted_and_finished_ones()
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2195, nominations: 4);
        var criteria = await JuryKit.CriteriaAsync(app, 2195);
        (await juror.PostAsJsonAsync("/api/editions/2195/conflicts", new { nominationId = ids[1], reason = "Min nabo" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await juror.PutAsJsonAsync($"/api/editions/2195/scores/{ids[2]}", await JuryKit.FullSheetAsync(app, 2195, 3)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var first = await SaveAsync(juror, 2195, ids[0], criteria.Take(2).Select(k => (k.Id, 2)), next: true);
        first.Headers.Location!.OriginalString.ShouldBe($"/jury/2195/bedoem/{ids[3]}");
        (await juror.GetStringAsync(first.Headers.Location.OriginalString)).ShouldContain("Bedømmelsen af Projekt 1 er gemt, men tæller ikke med");

        var fourth = await SaveAsync(juror, 2195, ids[3], criteria.Select(k => (k.Id, 5)), next: true);
        fourth.Headers.Location!.OriginalString.ShouldBe($"/jury/2195/bedoem/{ids[0]}"); // round to the unfinished first one
        (await juror.GetStringAsync(fourth.Headers.Location.OriginalString)).ShouldContain("Bedømmelsen af Projekt 4 er gemt.");

        var last = await SaveAsync(juror, 2195, ids[0], criteria.Select(k => (k.Id, 5)), next: true);
        last.Headers.Location!.OriginalString.ShouldBe("/jury/2195");
        (await juror.GetStringAsync("/jury/2195")).ShouldContain("Du har ikke flere indstillinger at bedømme.");
    }

    [Fact]
    public async Task Secretariat_tells_not_started_in_progress_and_finished_apart_per_juror_and_nomination()
    {
        const int year = 2196;
        var ids = await JuryKit.ScoringEditionAsync(app, year, 2);
        foreach (var name in new[] { "Anna", "Bent", "Carl" }) await JuryKit.InviteAsync(app, year, name);
        await JuryKit.OpenScoringAsync(app, year);
        var anna = await JuryKit.SignedInAsync(app, JuryKit.Email("Anna", year));
        var bent = await JuryKit.SignedInAsync(app, JuryKit.Email("Bent", year));
        var carl = await JuryKit.SignedInAsync(app, JuryKit.Email("Carl", year));
        (await carl.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { nominationId = ids[1], reason = "Bestyrelsesmedlem" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var full = await JuryKit.FullSheetAsync(app, year, 4);
        foreach (var id in ids) (await anna.PutAsJsonAsync($"/api/editions/{year}/scores/{id}", full)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bent.PutAsJsonAsync($"/api/editions/{year}/scores/{ids[1]}", full)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = (await JuryKit.CriteriaAsync(app, year))[0].Id;
        (await bent.PutAsJsonAsync($"/api/editions/{year}/scores/{ids[0]}", new { scores = new Dictionary<string, int> { [$"{first}"] = 2 } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var secretariat = await app.SecretariatAsync();
        var progress = await secretariat.GetFromJsonAsync<JsonElement>($"/api/editions/{year}/progress");
        progress.GetProperty("jurors").EnumerateArray().Select(j => (j.GetProperty("name").GetString(), j.GetProperty("progress").GetString()))
            .ShouldBe([("Anna", "Done"), ("Bent", "InProgress"), ("Carl", "NotStarted")]);
        progress.GetProperty("nominations").EnumerateArray().Select(n => n.GetProperty("progress").GetString()).ShouldBe(["InProgress", "Done"]);

        var page = await secretariat.GetStringAsync($"/sekretariat/{year}/jury");
        page.ShouldContain("<td data-label=\"Status\" class=\"progress-Done\">Færdig</td>");
        page.ShouldContain("<td data-label=\"Status\" class=\"progress-InProgress\">I gang</td>");
        page.ShouldContain("<td data-label=\"Status\" class=\"progress-NotStarted\">Ikke startet</td>");
    }
}
