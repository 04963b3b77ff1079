using System.Net;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Jury;

public sealed class CriteriaAnchorsPageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Secretariat_edits_scale_anchors_on_the_compact_criteria_form_and_a_save_keeps_them()
    {
        await Editions.CreateOpenAsync(app, 2188);
        var client = await app.SecretariatAsync();
        const string url = "/sekretariat/2188/kriterier";
        var html = await client.GetStringAsync(url);
        html.ShouldContain("value=\"Ingen påvist effekt.\"");
        html.ShouldContain("<summary>Beskrivelse og skalatrin</summary>");

        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(url) };
        void Row(int i, string name, string low, string mid, string high)
        {
            form[$"Rows[{i}].Name"] = name; form[$"Rows[{i}].Description"] = "Beskrivelse"; form[$"Rows[{i}].Weight"] = "1";
            form[$"Rows[{i}].ScaleMin"] = "1"; form[$"Rows[{i}].ScaleMax"] = "5";
            form[$"Rows[{i}].AnchorLow"] = low; form[$"Rows[{i}].AnchorMid"] = mid; form[$"Rows[{i}].AnchorHigh"] = high;
        }
        Row(0, "Effekt", "Ingen effekt", "Nogen effekt", "Målt effekt");
        Row(1, "Samarbejde", new string('x', 301), "", "");
        var refused = await client.PostAsync(url, new FormUrlEncodedContent(form));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("id=\"Rows[1]_AnchorLow-error\"");
        page.ShouldContain("<details class=\"criterion-more\" open>"); // the refused anchor is not hidden
        page.ShouldContain("value=\"Målt effekt\"");

        Row(1, "Samarbejde", "Én aktør", "Få aktører", "Bredt samarbejde");
        (await client.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await JuryKit.CriteriaAsync(app, 2188)).Select(k => (k.Name, k.AnchorLow, k.AnchorMid, k.AnchorHigh))
            .ShouldBe([("Effekt", "Ingen effekt", "Nogen effekt", "Målt effekt"), ("Samarbejde", "Én aktør", "Få aktører", "Bredt samarbejde")]);
        (await client.GetStringAsync(url)).ShouldContain("value=\"Bredt samarbejde\"");
    }
}
