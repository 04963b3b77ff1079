using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Jury;

namespace CrimePreventionAward.Tests.Jury;

/// <summary>The nomination routes of the API contract, as a juror uses them: eligible only, never a conflicted one's text.</summary>
public sealed class JurorReadsNominationsTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Juror_lists_and_reads_eligible_nominations_but_not_a_conflicted_one_or_contact_details()
    {
        var ids = await JuryKit.ScoringEditionAsync(app, 2101, 2);
        var other = await new Nomination(2101) { Title = "Ikke screenet", Eligibility = null }.InsertAsync(app.Services);
        await JuryKit.InviteAsync(app, 2101, "Lise");
        await JuryKit.OpenScoringAsync(app, 2101);
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Lise", 2101));
        (await juror.PostAsJsonAsync("/api/editions/2101/conflicts", new { nominationId = ids[1], reason = "Min arbejdsgiver" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var list = await juror.GetFromJsonAsync<JsonElement>("/api/editions/2101/nominations");
        list.GetProperty("nominations").EnumerateArray().Select(n => n.GetProperty("id").GetInt64()).ShouldBe(ids, ignoreOrder: true);
        list.GetRawText().ShouldNotContain("nominatorEmail");

        var readable = await juror.GetAsync($"/api/nominations/{ids[0]}");
        readable.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await readable.Content.ReadAsStringAsync();
        text.ShouldContain("Projekt 1");
        text.ShouldNotContain("@");

        (await juror.GetAsync($"/api/nominations/{ids[1]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync($"/api/nominations/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await juror.GetAsync("/api/editions/2101/export/nominations.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Juror_reads_a_nomination_as_named_fields_without_empty_objects()
    {
        var ids = await JuryKit.ScoringEditionAsync(app, 2102, 1);
        await JuryKit.InviteAsync(app, 2102, "Mads");
        await JuryKit.OpenScoringAsync(app, 2102);
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Mads", 2102));

        var body = await juror.GetFromJsonAsync<JsonElement>($"/api/nominations/{ids[0]}");

        body.GetRawText().ShouldNotContain("{}");
        body.GetProperty("title").GetString().ShouldBe("Projekt 1");
        body.TryGetProperty("facts", out _).ShouldBeFalse();
    }
}
