using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jury;

public sealed class ScoreSheetPageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Score_sheet_page_saves_through_the_form_and_keeps_input_on_error()
    {
        var (ids, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2138);
        var criteria = await JuryKit.CriteriaAsync(app, 2138);
        var url = $"/jury/2138/bedoem/{ids[0]}";
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await juror.AntiforgeryTokenAsync(url), ["Comment"] = "Via formularen", ["Version"] = "0",
        };
        foreach (var k in criteria) form[$"Scores[{k.Id}]"] = "3";
        form[$"Scores[{criteria[4].Id}]"] = "9";
        var refused = await juror.PostAsync(url, new FormUrlEncodedContent(form));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Samarbejde: point skal ligge fra 1 til 5.");
        html.ShouldContain("Via formularen");
        (await JuryKit.SheetsOf(app, 2138)).ShouldBe(0);

        form[$"Scores[{criteria[4].Id}]"] = "2";
        var saved = await juror.PostAsync(url, new FormUrlEncodedContent(form));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await juror.GetStringAsync(url);
        again.ShouldContain("Bedømmelsen er gemt");
        again.ShouldContain($"id=\"Scores_{criteria[4].Id}_2\" name=\"Scores[{criteria[4].Id}]\" value=\"2\" checked=\"checked\"");

        // A sheet saved with nothing chosen yet is fine: the juror comes back later.
        var blank = await juror.PostAsync($"/jury/2138/bedoem/{ids[1]}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await juror.AntiforgeryTokenAsync($"/jury/2138/bedoem/{ids[1]}"), ["Version"] = "0",
        }));
        blank.StatusCode.ShouldBe(HttpStatusCode.Redirect, await blank.Content.ReadAsStringAsync());
    }
}
