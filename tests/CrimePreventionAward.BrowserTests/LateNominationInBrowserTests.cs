using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

/// <summary>Moves the clock past the deadline, so it has its own server.</summary>
public sealed class LateNominationInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_late_submit_keeps_the_text_as_a_draft()
    {
        var deadline = server.Clock.GetUtcNow().AddMinutes(30);
        await Editions.Build(2027).WithNominationDeadline(deadline).InPhase(Phase.NominationOpen).CreateAsync(server);

        var page = await server.NewPageAsync();
        await page.GotoAsync("/indstil?aar=2027");
        (await page.Locator("#countdown").InnerTextAsync()).ShouldContain("Der er 30 minutter og 0 sekunder til fristen.");
        await page.GetByLabel("Et projekt").CheckAsync();
        await page.GetByLabel("Kandidatens navn").FillAsync("Natteravnene i Vollsmose");
        await page.GetByLabel("Beskrivelse af initiativet").FillAsync("Voksne går i gaderne fredag og lørdag aften og taler med de unge.");
        await page.GetByLabel("Din e-mail").FillAsync("sidste@minut.test");

        server.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(6)); // 23:59:06 on a 23:59 deadline
        await page.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();

        await page.ArriveAtAsync("**/indstil?*kladde=*");
        (await page.Locator("#kept-late").InnerTextAsync()).ShouldContain("skriv til dkr@dkr.dk");
        (await page.GetByLabel("Kandidatens navn").InputValueAsync()).ShouldBe("Natteravnene i Vollsmose");
        (await page.GetByLabel("Beskrivelse af initiativet").InputValueAsync()).ShouldStartWith("Voksne går i gaderne");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).CountAsync()).ShouldBe(0);
        await server.ScreenshotAsync(page, "indstil-for-sent-kladde");
    }
}
