using CrimePreventionAward.BrowserTests.Journey;
using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

public sealed class CeremonyInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_secretariat_fills_in_the_ceremony_and_visitors_see_time_place_and_programme()
    {
        var page = await CeremonyFormWithVenueAsync(new DateTimeOffset(2027, 11, 10, 13, 0, 0, TimeSpan.Zero));
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

    [Fact]
    public async Task The_programme_form_keeping_five_items()
    {
        var page = await CeremonyFormWithVenueAsync(new DateTimeOffset(2028, 11, 9, 13, 0, 0, TimeSpan.Zero));
        string[] titles = ["Velkomst", "Oplæg om forebyggelse", "De nominerede præsenteres", "Overrækkelse af prisen", "Reception"];
        async Task FillAsync(int item) // 1-based, as the labels count
        {
            await page.GetByLabel($"Tidspunkt for punkt {item}", new() { Exact = true }).FillAsync($"14:{item * 10 - 10:00}");
            await page.GetByLabel($"Titel for punkt {item}", new() { Exact = true }).FillAsync(titles[item - 1]);
            await page.GetByLabel($"Taler ved punkt {item}", new() { Exact = true }).FillAsync($"Taler {item}");
        }
        for (var item = 1; item <= 3; item++) await FillAsync(item);

        // Three rows to begin with: two more are added, then a sixth that is typed in and removed again.
        for (var added = 0; added < 3; added++)
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj programpunkt" }).ClickAsync();
        (await page.Locator("#programme tbody tr").CountAsync()).ShouldBe(6);
        (await page.GetByLabel("Titel for punkt 3", new() { Exact = true }).InputValueAsync()).ShouldBe(titles[2]);
        await FillAsync(4);
        await FillAsync(5);
        await page.GetByLabel("Titel for punkt 6", new() { Exact = true }).FillAsync("Skal ikke med");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern punkt 6" }).ClickAsync();
        (await page.Locator("#programme tbody tr").CountAsync()).ShouldBe(5);
        (await page.ContentAsync()).ShouldNotContain("Skal ikke med");

        // Enter in a field saves (the form's first submit button), it never removes a row.
        await page.GetByLabel("Taler ved punkt 5", new() { Exact = true }).PressAsync("Enter");
        await page.Locator(".alert-success").WaitForAsync();
        await server.ScreenshotAsync(page, "prisoverraekkelse-fem-punkter");

        for (var item = 1; item <= 5; item++)
            (await page.GetByLabel($"Titel for punkt {item}", new() { Exact = true }).InputValueAsync()).ShouldBe(titles[item - 1]);
        var visitor = await server.NewPageAsync();
        await visitor.GotoAsync("/prisoverraekkelse?aar=2028");
        var programme = await visitor.Locator("table").InnerTextAsync();
        foreach (var title in titles) programme.ShouldContain(title);
        programme.ShouldContain("Taler 5");
    }

    /// <summary>An edition open for nominations, the secretariat signed in on its ceremony form with the venue filled in.</summary>
    private async Task<IPage> CeremonyFormWithVenueAsync(DateTimeOffset at)
    {
        var year = at.Year;
        await Editions.Build(year).WithCeremonyAt(at).InPhase(Phase.NominationOpen).CreateAsync(server);
        var page = await server.NewPageAsync();
        await People.SignInSecretariatAsync(page);
        await page.GotoAsync($"/sekretariat/{year}/prisoverraekkelse");
        await page.GetByLabel("Sted", new() { Exact = true }).FillAsync("Eigtveds Pakhus");
        await page.GetByLabel("Adresse").FillAsync("Asiatisk Plads 2, 1448 København K");
        await page.GetByLabel("Prisen overrækkes af").FillAsync("Justitsministeren");
        return page;
    }
}
