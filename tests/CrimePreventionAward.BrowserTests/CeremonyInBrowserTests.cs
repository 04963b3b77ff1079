using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

public sealed class CeremonyInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_secretariat_fills_in_the_ceremony_and_visitors_see_time_place_and_programme()
    {
        var at = new DateTimeOffset(2027, 11, 10, 13, 0, 0, TimeSpan.Zero);
        await server.SendAsSystem(new CreateEdition.Command(2027, "Den Kriminalpræventive Pris 2027", 50_000,
            at.AddDays(-300), at.AddDays(-200), at.AddDays(-100), at.AddDays(-20), at));
        await server.SendAsSystem(new ChangePhase.Command(2027, Phase.NominationOpen, null));

        var page = await server.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(ServerFixture.AdminEmail);
        await page.GetByLabel("Adgangskode").FillAsync(ServerFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/sekretariat");

        await page.GotoAsync("/sekretariat/2027/prisoverraekkelse");
        await page.GetByLabel("Sted", new() { Exact = true }).FillAsync("Eigtveds Pakhus");
        await page.GetByLabel("Adresse").FillAsync("Asiatisk Plads 2, 1448 København K");
        await page.GetByLabel("Prisen overrækkes af").FillAsync("Justitsministeren");
        await page.GetByLabel("Tidspunkt for punkt 1").FillAsync("14:30");
        await page.GetByLabel("Titel for punkt 1").FillAsync("Overrækkelse af prisen");
        await page.GetByLabel("Taler ved punkt 1").FillAsync("Justitsministeren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem prisoverrækkelsen" }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
        await server.ScreenshotAsync(page, "prisoverraekkelse-sekretariat");

        var visitor = await server.NewPageAsync(width: 360, height: 740);
        await visitor.GotoAsync("/prisoverraekkelse");
        (await visitor.Locator("main").InnerTextAsync()).ShouldContain("Eigtveds Pakhus");
        (await visitor.Locator("table").InnerTextAsync()).ShouldContain("14.30");
        (await visitor.GetByRole(AriaRole.Link, new() { Name = "Føj prisoverrækkelsen til din kalender (.ics)" }).GetAttributeAsync("href"))
            .ShouldBe("/api/editions/2027/ceremony.ics");
        await server.ScreenshotAsync(visitor, "prisoverraekkelse-telefon");
    }
}
