using CrimePreventionAward.BrowserTests.Journey;
using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

public sealed class JuryScoringInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Year = 2171;

    /// <summary>One eligible nomination, "Lommevending til Behandling", in the edition.</summary>
    internal static Task<long> InsertNominationAsync(ServerFixture server, int year) =>
        new Nomination(year)
        {
            CandidateName = "Ditte Wesley", Title = "Lommevending til Behandling",
            Description = "Betjente møder unge stofbrugere med forståelse og motiverer dem til behandling.",
            DocumentedEffect = "22 betjente uddannet.", NominatorOrganisation = "Brydehuset",
        }.InsertAsync(server.Services);

    [Fact]
    public async Task Juror_follows_the_mailed_link_scores_every_criterion_saves_reloads_and_sees_the_values()
    {
        await Editions.Build(Year).InPhase(Phase.NominationOpen).CreateAsync(server);
        var nominationId = await InsertNominationAsync(server, Year);
        await Jurors.Build(Year, "Karen Jensen").WithEmail("karen@jury.test").From("Vejle Kommune").InviteAsync(server);
        await server.SendAsSystem(new ChangePhase.Command(Year, Phase.Screening, null));
        await server.SendAsSystem(new ChangePhase.Command(Year, Phase.Scoring, null));
        var link = await Mailbox.LinkAsync(server, "karen@jury.test", "/login/link/");

        var page = await server.NewPageAsync(width: 768, height: 1024); // a tablet
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.ArriveAtAsync($"**/jury/{Year}");
        (await page.Locator("#my-progress-text").InnerTextAsync()).ShouldBe("0 af 1 bedømt");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bedøm Lommevending til Behandling" }).ClickAsync();
        await page.ArriveAtAsync($"**/jury/{Year}/bedoem/{nominationId}");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Lommevending til Behandling");

        var criteria = await server.SendAsSystem(new GetCriteria.Query(Year));
        criteria.Count.ShouldBe(5);
        var chosen = criteria.Select((k, i) => (k, Value: i % 5 + 1)).ToList();
        foreach (var (k, value) in chosen)
        {
            var radio = page.GetByRole(AriaRole.Group, new() { Name = k.Name }).GetByLabel($"{k.Name}: {value}", new() { Exact = true });
            await radio.CheckAsync();
            (await radio.IsCheckedAsync()).ShouldBeTrue();
        }
        await page.GetByLabel("Kommentar").FillAsync("Stærk effekt, god forankring.");
        await server.ScreenshotAsync(page, "jury-bedoem-tablet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem bedømmelse" }).ClickAsync();
        await page.GetByText("Bedømmelsen er gemt").WaitForAsync();

        await page.ReloadAsync();
        foreach (var (k, value) in chosen)
        {
            var id = value == k.ScaleMin ? $"Scores_{k.Id}" : $"Scores_{k.Id}_{value}";
            (await page.Locator($"#{id}").IsCheckedAsync()).ShouldBeTrue($"{k.Name} = {value}");
        }
        (await page.GetByLabel("Kommentar").InputValueAsync()).ShouldBe("Stærk effekt, god forankring.");

        await page.GotoAsync($"/jury/{Year}");
        (await page.Locator("#my-progress-text").InnerTextAsync()).ShouldBe("1 af 1 bedømt");
        await server.ScreenshotAsync(page, "jury-liste-tablet");

        var secretariat = await server.NewPageAsync();
        await secretariat.GotoAsync("/login");
        await secretariat.GetByLabel("E-mail").FillAsync(ServerFixture.AdminEmail);
        await secretariat.GetByLabel("Adgangskode").FillAsync(ServerFixture.AdminPassword);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await secretariat.ArriveAtAsync("**/sekretariat");
        await secretariat.GetByRole(AriaRole.Link, new() { Name = $"Jury og bedømmelse {Year}" }).ClickAsync();
        await secretariat.ArriveAtAsync($"**/sekretariat/{Year}/jury");
        (await secretariat.Locator("#juror-progress").InnerTextAsync()).ShouldContain("1 af 1 bedømt");
        await server.ScreenshotAsync(secretariat, "sekretariat-jury-desktop");
    }
}
