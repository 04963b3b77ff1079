using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class BulkScreeningTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private sealed record Screened
    {
        public long Id { get; init; }
        public string? Eligibility { get; init; }
        public string? EligibilityReason { get; init; }
        public bool ShareReasonWithNominator { get; init; }
    }

    private Task<Screened> ReadAsync(long id) => app.WithScope(sp => sp.GetRequiredService<Db>().QuerySingleOrDefaultAsync<Screened>(
        "SELECT Id, Eligibility, EligibilityReason, ShareReasonWithNominator FROM Nominations WHERE Id = @id", new { id }))!;

    private Task<long> AuditCountAsync(string action) => app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(
        "SELECT COUNT(*) FROM AuditLog WHERE Action = @action", new { action }));

    private async Task<HttpResponseMessage> PostBulkAsync(HttpClient client, string list, IEnumerable<long> ids, string eligible, string reason)
    {
        var token = await client.AntiforgeryTokenAsync(list);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Eligible", eligible), new("Reason", reason) };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("Ids", id.ToString())));
        var handler = list.Contains('?') ? "&handler=Screen" : "?handler=Screen";
        return await client.PostAsync(list + handler, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Secretariat_screens_three_nominations_with_one_reason_and_each_is_audited_on_its_own()
    {
        await Editions.CreateOpenAsync(app, 2151);
        var ids = new List<long>();
        foreach (var title in new[] { "Tryg nattetrafik", "Skolevenner", "Naboskabsnet" })
            ids.Add(await new Nomination(2151) { Title = title, Eligibility = null }.InsertAsync(app.Services));
        var untouched = await new Nomination(2151) { Title = "Ikke valgt", Eligibility = null }.InsertAsync(app.Services);
        var singlesBefore = await AuditCountAsync("Nominations.ScreenNomination.Command");
        var secretariat = await app.SecretariatAsync();

        var posted = await PostBulkAsync(secretariat, "/sekretariat/2151/indstillinger?Screening=Unscreened", ids, "false", "Ikke kriminalpræventivt");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldBe("/sekretariat/2151/indstillinger?Screening=Unscreened");
        foreach (var id in ids)
            (await ReadAsync(id)).ShouldBe(new Screened { Id = id, Eligibility = "Ineligible", EligibilityReason = "Ikke kriminalpræventivt" });
        (await ReadAsync(untouched)).Eligibility.ShouldBeNull();
        (await AuditCountAsync("Nominations.ScreenNomination.Command")).ShouldBe(singlesBefore + 3);
        (await AuditCountAsync("Nominations.ScreenNominations.Command")).ShouldBe(1);
        var page = await secretariat.GetStringAsync("/sekretariat/2151/indstillinger?Screening=Unscreened");
        page.ShouldContain("3 indstillinger er screenet.");
        page.ShouldContain("KP-2151-004");
        page.ShouldNotContain("KP-2151-001");
    }

    [Fact]
    public async Task Bulk_screening_is_all_or_nothing_and_needs_a_choice_a_reason_and_a_selection()
    {
        await Editions.CreateOpenAsync(app, 2152);
        var submitted = await new Nomination(2152) { Title = "Indsendt", Eligibility = null }.InsertAsync(app.Services);
        var withdrawn = await new Nomination(2152) { Title = "Trukket", Status = NominationStatus.Withdrawn, Eligibility = null }.InsertAsync(app.Services);
        var secretariat = await app.SecretariatAsync();
        const string list = "/sekretariat/2152/indstillinger";

        var refused = await PostBulkAsync(secretariat, list, [submitted, withdrawn], "true", "Fint");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Kun indsendte indstillinger kan screenes.");
        (await ReadAsync(submitted)).Eligibility.ShouldBeNull();

        var empty = await (await PostBulkAsync(secretariat, list, [], "", "")).Content.ReadAsStringAsync();
        empty.ShouldContain("Vælg mindst én indstilling.");
        empty.ShouldContain("Vælg, om indstillingen opfylder kriterierne.");
        (await (await PostBulkAsync(secretariat, list, [submitted], "true", "")).Content.ReadAsStringAsync()).ShouldContain("Skriv en begrundelse.");

        await Editions.CreateOpenAsync(app, 2153);
        var otherYear = await new Nomination(2153) { Title = "Andet år", Eligibility = null }.InsertAsync(app.Services);
        (await PostBulkAsync(secretariat, list, [submitted, otherYear], "true", "Fint")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadAsync(submitted)).Eligibility.ShouldBeNull();
        (await ReadAsync(otherYear)).Eligibility.ShouldBeNull();
    }

    [Fact]
    public async Task List_searches_filters_on_screening_sorts_and_each_nomination_steps_through_the_same_selection()
    {
        await Editions.CreateOpenAsync(app, 2154);
        var a = await new Nomination(2154) { CandidateName = "Zebra-patruljen", Title = "Zebra-patruljen", Eligibility = null }.InsertAsync(app.Services);
        var b = await new Nomination(2154) { CandidateName = "Alfa 100%", Title = "Alfa 100%", Eligibility = "Eligible" }.InsertAsync(app.Services);
        var c = await new Nomination(2154) { CandidateName = "Alfa-hjælpere", Title = "Alfa-hjælpere", Eligibility = null }.InsertAsync(app.Services);
        var secretariat = await app.SecretariatAsync();

        var search = await secretariat.GetStringAsync("/sekretariat/2154/indstillinger?Search=alfa");
        search.ShouldNotContain("Zebra-patruljen");
        search.ShouldContain("2 indstillinger vist: 1 opfylder, 0 opfylder ikke, 1 ikke screenet.");
        var literal = await secretariat.GetStringAsync("/sekretariat/2154/indstillinger?Search=" + Uri.EscapeDataString("100%"));
        literal.ShouldContain("Alfa 100%");
        literal.ShouldNotContain("Alfa-hjælpere");
        var unscreened = await secretariat.GetStringAsync("/sekretariat/2154/indstillinger?Screening=Unscreened&Sort=candidate");
        unscreened.ShouldNotContain("Alfa 100%");
        unscreened.IndexOf("Alfa-hjælpere").ShouldBeLessThan(unscreened.IndexOf("Zebra-patruljen"));
        unscreened.ShouldContain($"href=\"/sekretariat/indstillinger/{c}?Screening=Unscreened&amp;Sort=candidate\"");

        var first = await secretariat.GetStringAsync($"/sekretariat/indstillinger/{c}?Screening=Unscreened&Sort=candidate");
        first.ShouldNotContain("id=\"previous\"");
        first.ShouldContain($"href=\"/sekretariat/indstillinger/{a}?Screening=Unscreened&amp;Sort=candidate\" rel=\"next\"");
        var last = await secretariat.GetStringAsync($"/sekretariat/indstillinger/{a}?Screening=Unscreened&Sort=candidate");
        last.ShouldContain($"href=\"/sekretariat/indstillinger/{c}?Screening=Unscreened&amp;Sort=candidate\" rel=\"prev\"");
        last.ShouldNotContain("id=\"next\"");
        var unfiltered = await secretariat.GetStringAsync($"/sekretariat/indstillinger/{b}");
        unfiltered.ShouldContain($"href=\"/sekretariat/indstillinger/{a}\" rel=\"prev\"");
        unfiltered.ShouldContain($"href=\"/sekretariat/indstillinger/{c}\" rel=\"next\"");

        (await secretariat.GetAsync("/api/editions/2154/nominations?screening=maybe")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
