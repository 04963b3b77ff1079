using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

public sealed class BulkScreeningInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Year = 2173;

    [Fact]
    public async Task Secretariat_screens_three_nominations_in_one_bulk_action()
    {
        await Editions.Build(Year).InPhase(Phase.NominationOpen).CreateAsync(server);
        foreach (var title in new[] { "Natteravnene", "Skolebetjente", "Tryghedsvandring", "Ikke valgt" })
            await new Nomination(Year)
            {
                CandidateName = title, Title = title, Organisation = "Testforeningen", PoliceDistrict = "Fyns Politi",
                NominatorOrganisation = "Testkredsen", Eligibility = null,
            }.InsertAsync(server.Services);

        var page = await server.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(ServerFixture.AdminEmail);
        await page.GetByLabel("Adgangskode").FillAsync(ServerFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.ArriveAtAsync("**/sekretariat");

        await page.GotoAsync($"/sekretariat/{Year}/indstillinger");
        await page.GetByLabel("Screening", new() { Exact = true }).SelectOptionAsync("Ikke screenet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrér" }).ClickAsync();
        await page.ArriveAtAsync("**Screening=Unscreened**");
        foreach (var n in new[] { 1, 2, 3 })
            await page.GetByLabel($"Vælg KP-{Year}-{n:D3}").CheckAsync();
        await page.GetByLabel("Ja, opfylder kriterierne").CheckAsync();
        await page.GetByLabel("Fælles begrundelse").FillAsync("Opfylder alle kriterier");
        await server.ScreenshotAsync(page, "sekretariat-screening-bulk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem screening af de valgte" }).ClickAsync();

        await page.Locator(".alert-success").WaitForAsync();
        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain("3 indstillinger er screenet.");
        page.Url.ShouldContain("Screening=Unscreened");
        var rows = await page.Locator("tbody").InnerTextAsync();
        rows.ShouldContain("Ikke valgt");
        rows.ShouldNotContain("Natteravnene");

        await page.GotoAsync($"/sekretariat/{Year}/indstillinger?Screening=Eligible");
        (await page.Locator("#counts").InnerTextAsync()).ShouldContain("3 indstillinger vist: 3 opfylder");
    }
}
