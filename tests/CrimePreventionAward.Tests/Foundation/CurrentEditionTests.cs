using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>The secretariat prepares next year in Draft while this year runs; the public keeps seeing this year.</summary>
public sealed class CurrentEditionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task A_Draft_for_next_year_leaves_this_years_form_front_page_ceremony_and_API_unchanged_for_the_public()
    {
        await Editions.CreateOpenAsync(app, 2027);
        await Editions.Build(2028).CreateAsync(app);
        var visitor = app.Client();

        var front = await visitor.GetStringAsync("/");
        front.ShouldContain("Den Kriminalpræventive Pris 2027");
        front.ShouldContain("Alle kan indstille en kandidat til prisen.");
        front.ShouldContain("href=\"/indstil\"");
        front.ShouldNotContain("2028");
        front.ShouldNotContain("Kladde");

        var form = await visitor.GetStringAsync("/indstil");
        form.ShouldContain("Indstil en kandidat til Den Kriminalpræventive Pris 2027");
        form.ShouldContain("name=\"Aar\" value=\"2027\"");
        form.ShouldNotContain("Der er lukket for indstillinger");
        var fields = Form(Fields());
        fields["SubmissionKey"] = Hidden(form, "SubmissionKey")!;
        fields["Aar"] = Hidden(form, "Aar")!;
        var posted = await PostPageAsync(visitor, "/indstil", "/indstil?handler=Submit", fields);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldBe("/indstil/kvittering");
        (await CountAsync(app, 2027)).ShouldBe(1);

        var ceremony = await visitor.GetStringAsync("/prisoverraekkelse");
        ceremony.ShouldContain("Den Kriminalpræventive Pris 2027");
        ceremony.ShouldNotContain("2028");

        (await visitor.GetFromJsonAsync<JsonElement>("/api/editions/2027")).GetProperty("phase").GetString().ShouldBe("NominationOpen");
        (await SubmitOverApiAsync(visitor, 2027)).GetProperty("reference").GetString().ShouldBe("KP-2027-002");
        // The pages that default to the current edition answer for this year, exactly as when asked for it by name.
        foreach (var page in new[] { "/nominerede", "/vinder" })
            (await visitor.GetAsync(page)).StatusCode.ShouldBe((await visitor.GetAsync($"{page}?aar=2027")).StatusCode);
    }

    [Fact]
    public async Task Next_year_becomes_current_once_it_opens_for_nominations()
    {
        await using var fresh = new AwardFactory();
        await Editions.CreateOpenAsync(fresh, 2030);
        await Editions.Build(2031).CreateAsync(fresh);
        (await fresh.Client().GetStringAsync("/")).ShouldContain("Den Kriminalpræventive Pris 2030");

        await fresh.SendAsSystem(new Web.Features.Editions.ChangePhase.Command(2031, Web.Domain.Phase.NominationOpen, null));
        (await fresh.Client().GetStringAsync("/")).ShouldContain("Den Kriminalpræventive Pris 2031");
        (await fresh.Client().GetStringAsync("/indstil")).ShouldContain("name=\"Aar\" value=\"2031\"");
    }
}
