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

    private const string InsertNomination = """
        INSERT INTO Nominations (Year, Status, SequenceNo, Reference, EditTokenHash, CandidateKind, CandidateName, Title, Organisation,
            PoliceDistrict, NominatorOrganisation, ConsentGiven, Version, CreatedAt, UpdatedAt, SubmittedAt)
        VALUES (@Year, 'Submitted', @SequenceNo, @Reference, 'x', 'Project', @Title, @Title, 'Testforeningen',
            'Fyns Politi', 'Testkredsen', 1, 1, @Now, @Now, @Now)
        """;

    [Fact]
    public async Task Secretariat_screens_three_nominations_in_one_bulk_action()
    {
        await Editions.Build(Year).InPhase(Phase.NominationOpen).CreateAsync(server);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Db>();
            foreach (var (title, n) in new[] { "Natteravnene", "Skolebetjente", "Tryghedsvandring", "Ikke valgt" }.Select((t, i) => (t, i + 1)))
                await db.InsertAsync(InsertNomination, new { Year, SequenceNo = n, Reference = $"KP-{Year}-{n:D3}", Title = title, Now = server.Clock.GetUtcNow() });
        }

        var page = await server.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(ServerFixture.AdminEmail);
        await page.GetByLabel("Adgangskode").FillAsync(ServerFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.WaitForURLAsync("**/sekretariat");

        await page.GotoAsync($"/sekretariat/{Year}/indstillinger");
        await page.GetByLabel("Screening", new() { Exact = true }).SelectOptionAsync("Ikke screenet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrér" }).ClickAsync();
        await page.WaitForURLAsync("**Screening=Unscreened**");
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
