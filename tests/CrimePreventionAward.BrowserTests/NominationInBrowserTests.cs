using System.Text;
using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

public sealed class NominationInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Nominator_fills_in_the_form_attaches_a_pdf_submits_and_sees_the_receipt()
    {
        await Editions.Build(2027).InPhase(Phase.NominationOpen).CreateAsync(server);

        var page = await server.NewPageAsync();
        await page.GotoAsync("/indstil?aar=2027");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Indstil en kandidat");
        await page.GetByLabel("Et projekt").CheckAsync();
        await page.GetByLabel("Kandidatens navn").FillAsync("SIKKER SHOPPING");
        await page.GetByLabel("Initiativets titel").FillAsync("Advarselstrekanter mod falske webshops");
        await page.GetByLabel("Organisationen bag initiativet").FillAsync("e-mærket");
        await page.GetByLabel("Kommune").FillAsync("København");
        await page.GetByLabel("Politikreds").SelectOptionAsync("Københavns Politi");
        await page.GetByLabel("Beskrivelse af initiativet").FillAsync("Røde advarselstrekanter markerer falske og mistænkelige webshops.");
        await page.GetByLabel("Dokumenteret effekt og resultater").FillAsync("Forbrugere styres væk fra svindel.");
        await page.GetByLabel("Hvorfor fortjener kandidaten prisen?").FillAsync("Et digitalt værktøj mod e-handelskriminalitet.");
        await page.GetByLabel("Din organisation").FillAsync("TrygFonden");
        await page.GetByLabel("Dit navn", new() { Exact = false }).First.FillAsync("Anne Andersen");
        await page.GetByLabel("Din e-mail").FillAsync("anne@tryg.test");
        await page.GetByLabel("Dit telefonnummer").FillAsync("12345678");
        await page.GetByLabel("Jeg bekræfter").CheckAsync();
        await page.GetByLabel("Vedhæft filer").SetInputFilesAsync(new FilePayload
        {
            Name = "beskrivelse.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%test\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
        });
        await server.ScreenshotAsync(page, "indstil-udfyldt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();

        await page.ArriveAtAsync("**/indstil/kvittering");
        (await page.Locator("#reference").InnerTextAsync()).ShouldBe("KP-2027-001");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("anne@tryg.test");
        await server.ScreenshotAsync(page, "indstil-kvittering");
    }
}
