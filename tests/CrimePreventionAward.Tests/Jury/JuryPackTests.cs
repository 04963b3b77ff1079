using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Results;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Jury;

public sealed class JuryPackTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Jurors_pack_has_the_criteria_with_anchors_and_every_nomination_but_the_ones_they_are_conflicted_on()
    {
        const int year = 2197;
        var ids = await JuryKit.ScoringEditionAsync(app, year, 3);
        await new Nomination(year) { Title = "Afvist projekt", Eligibility = "Ineligible" }.InsertAsync(app.Services);
        await TestNominations.AttachmentAsync(app, ids[0], "effektmaaling-2025.pdf", "Rapport");
        foreach (var name in new[] { "Anna", "Bent" }) await JuryKit.InviteAsync(app, year, name);
        await JuryKit.OpenScoringAsync(app, year);
        var anna = await JuryKit.SignedInAsync(app, JuryKit.Email("Anna", year));
        var bent = await JuryKit.SignedInAsync(app, JuryKit.Email("Bent", year));
        (await bent.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { nominationId = ids[1], reason = "Min arbejdsplads" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await anna.GetAsync($"/jury/{year}/pakke.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var annas = ProtocolTests.TextOf(await response.Content.ReadAsByteArrayAsync());
        annas.ShouldContain("Til Anna.");
        annas.ShouldContain("Kriminalpræventiv effekt");
        annas.ShouldContain("1: Ingen påvist effekt.");
        annas.ShouldContain("5: Dokumenteret, målt effekt.");
        foreach (var title in new[] { "Projekt 1", "Projekt 2", "Projekt 3" }) annas.ShouldContain(title);
        annas.ShouldContain("Beskrivelse af Projekt 1.");
        annas.ShouldContain("effektmaaling-2025.pdf");
        annas.ShouldNotContain("Afvist projekt");
        annas.ShouldNotContain("@"); // no nominator's e-mail: only what the jury may read

        var bents = ProtocolTests.TextOf(await bent.GetByteArrayAsync($"/jury/{year}/pakke.pdf"));
        bents.ShouldContain("Projekt 1");
        bents.ShouldContain("Projekt 3");
        bents.ShouldNotContain("Projekt 2");
        bents.ShouldNotContain("Organisation 2");
    }

    [Fact]
    public async Task Secretariats_pack_has_every_eligible_nomination_and_others_get_none()
    {
        const int year = 2198;
        var ids = await JuryKit.ScoringEditionAsync(app, year, 2);
        var juror = await JuryKit.InviteAsync(app, year, "Carl");
        await JuryRows.ConflictAsync(app, year, juror, ids[0], "Ansat i organisationen");
        await JuryKit.OpenScoringAsync(app, year);
        await JuryKit.ScoringEditionAsync(app, 2199, 1);
        await JuryKit.InviteAsync(app, 2199, "Dorte");
        var stranger = await JuryKit.SignedInAsync(app, JuryKit.Email("Dorte", 2199));

        var secretariat = await app.SecretariatAsync();
        var text = ProtocolTests.TextOf(await secretariat.GetByteArrayAsync($"/sekretariat/{year}/jurypakke.pdf"));
        text.ShouldContain("Sekretariatets udgave");
        text.ShouldContain("Projekt 1");
        text.ShouldContain("Projekt 2");
        (await secretariat.GetStringAsync($"/sekretariat/{year}/jury")).ShouldContain($"href=\"/sekretariat/{year}/jurypakke.pdf\"");

        (await stranger.GetAsync($"/jury/{year}/pakke.pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync($"/sekretariat/{year}/jurypakke.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Client().GetAsync($"/jury/{year}/pakke.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await stranger.GetStringAsync("/jury/2199")).ShouldContain("href=\"/jury/2199/pakke.pdf\"");
    }
}
