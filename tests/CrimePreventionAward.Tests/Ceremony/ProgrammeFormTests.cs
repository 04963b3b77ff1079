using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Ceremony;

/// <summary>The ceremony programme form without JavaScript: rows are added and removed by submit buttons, and none is lost.</summary>
public sealed class ProgrammeFormTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const string Url = "/sekretariat/2036/prisoverraekkelse";

    private async Task<(HttpClient Admin, string Token)> EditionAsync()
    {
        var at = new DateTimeOffset(2036, 11, 10, 13, 0, 0, TimeSpan.Zero);
        if (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM Editions WHERE Year = 2036")) == 0)
        {
            await Editions.Build(2036).WithCeremonyAt(at).InPhase(Phase.NominationOpen).CreateAsync(app);
        }
        var admin = await app.SecretariatAsync();
        return (admin, await admin.AntiforgeryTokenAsync(Url));
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] rows) => new(
    [
        new("__RequestVerificationToken", token), new("Form.Version", "0"), new("Form.StartsAt", "2036-11-10T14:00"),
        new("Form.Venue", "Christiansborg"), new("Form.Address", "Prins Jørgens Gård 1"), new("Form.Presenter", "Justitsministeren"),
        new("Form.PrizeAmountDkk", "50000"), .. rows.Select(r => new KeyValuePair<string, string>(r.Key, r.Value)),
    ]);

    private static (string, string)[] Rows(params (string Time, string Title, string Speaker)[] rows) =>
        rows.SelectMany((r, i) => new[] { ($"Form.Items[{i}].Time", r.Time), ($"Form.Items[{i}].Title", r.Title), ($"Form.Items[{i}].Speaker", r.Speaker) }).ToArray();

    private async Task<int> SavedItemsAsync() =>
        (await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2036/ceremony")).GetProperty("programme").GetArrayLength();

    [Fact]
    public async Task Adding_a_row_keeps_every_typed_row_and_removing_one_keeps_the_others_and_neither_saves()
    {
        var (admin, token) = await EditionAsync();
        var saved = await SavedItemsAsync();
        var typed = Rows(("14:00", "Velkomst", "Formanden"), ("14:20", "Oplæg", ""), ("", "", "Kun en taler"));

        var added = await admin.PostAsync($"{Url}?handler=AddItem", Form(token, typed));
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync());
        html.ShouldContain("name=\"Form.Items[3].Title\"");
        html.ShouldNotContain("name=\"Form.Items[4].Title\"");
        foreach (var value in new[] { "Velkomst", "Formanden", "Oplæg", "Kun en taler", "Christiansborg" }) html.ShouldContain($"value=\"{value}\"");

        var removed = await admin.PostAsync($"{Url}?handler=RemoveItem&index=1", Form(token, typed));
        var afterRemove = WebUtility.HtmlDecode(await removed.Content.ReadAsStringAsync());
        afterRemove.ShouldNotContain("value=\"Oplæg\"");
        afterRemove.ShouldContain("name=\"Form.Items[1].Speaker\" value=\"Kun en taler\"");
        afterRemove.ShouldNotContain("name=\"Form.Items[2].Title\"");
        (await SavedItemsAsync()).ShouldBe(saved);
    }

    [Fact]
    public async Task A_row_with_only_a_speaker_is_refused_at_its_row_never_dropped_and_five_typed_rows_are_all_saved()
    {
        var (admin, token) = await EditionAsync();
        var before = await SavedItemsAsync();
        var refused = await admin.PostAsync($"{Url}?handler=Save", Form(token, Rows(("14:00", "Velkomst", ""), ("", "", ""), ("", "", "Glemt titel"))));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        html.ShouldContain("id=\"Form_Items_2__Title-error\">Skriv programpunktets titel.</span>");
        html.ShouldContain("value=\"Glemt titel\"");
        (await SavedItemsAsync()).ShouldBe(before);

        string[] titles = ["Velkomst", "Oplæg", "De nominerede", "Overrækkelse", "Reception"];
        var saved = await admin.PostAsync($"{Url}?handler=Save",
            Form(token, Rows(titles.Select((t, i) => ($"14:{i * 10:00}", t, $"Taler {i + 1}")).ToArray())));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var programme = (await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2036/ceremony")).GetProperty("programme");
        programme.EnumerateArray().Select(p => p.GetProperty("title").GetString()).ShouldBe(titles);
    }
}
