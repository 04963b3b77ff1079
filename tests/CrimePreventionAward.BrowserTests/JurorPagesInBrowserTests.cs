using CrimePreventionAward.BrowserTests.Journey;
using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Results;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

public sealed class JurorPagesInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{

    /// <summary>An edition in Scoring with one nomination and one juror signed in through the mailed link, on a phone.</summary>
    private async Task<(IPage Page, long Nomination)> ScoringWithJurorAsync(int year, string email)
    {
        await Editions.Build(year).InPhase(Phase.NominationOpen).CreateAsync(server);
        var nomination = await JuryScoringInBrowserTests.InsertNominationAsync(server, year);
        await Jurors.Build(year, "Karen Jensen").WithEmail(email).From("Vejle Kommune").InviteAsync(server);
        await server.SendAsSystem(new ChangePhase.Command(year, Phase.Screening, null));
        await server.SendAsSystem(new ChangePhase.Command(year, Phase.Scoring, null));
        var page = await server.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(await Mailbox.LinkAsync(server, email, "/login/link/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.ArriveAtAsync($"**/jury/{year}");
        return (page, nomination);
    }

    [Fact]
    public async Task Juror_reaches_the_ballot_from_the_jury_page_by_links_alone_in_the_final_vote()
    {
        const int year = 2176;
        var (page, nomination) = await ScoringWithJurorAsync(year, "stemme@jury.test");
        await server.SendAsSystem(new SetShortlist.Command(year, [new SetShortlist.Entry(nomination, "Stærk, dokumenteret effekt.")],
            server.Clock.GetUtcNow().AddDays(1)));
        await server.SendAsSystem(new ChangePhase.Command(year, Phase.FinalVote, "Afstemningen åbner"));

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Juryen" }).ClickAsync();
        await page.ArriveAtAsync($"**/jury/{year}");
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Afgiv din stemme" }).IsVisibleAsync())
            .ShouldBeTrue();
        await page.Locator("#vote-call").GetByRole(AriaRole.Link, new() { Name = "Afgiv din stemme" }).ClickAsync();
        await page.ArriveAtAsync($"**/jury/{year}/afstemning");
        (await page.Locator("h1").InnerTextAsync()).ShouldStartWith("Afstemning");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("1 er dit førstevalg");
        await server.ScreenshotAsync(page, "jury-afstemning-phone");
    }

    [Fact]
    public async Task Half_filled_score_sheet_is_saved_with_a_warning_next_to_the_missing_criteria()
    {
        const int year = 2177;
        var (page, _) = await ScoringWithJurorAsync(year, "halv@jury.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bedøm Lommevending til Behandling" }).ClickAsync();
        var criteria = await server.SendAsSystem(new GetCriteria.Query(year));
        foreach (var k in criteria.Take(3))
            await page.GetByRole(AriaRole.Group, new() { Name = k.Name }).GetByLabel($"{k.Name}: 4", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem bedømmelse" }).ClickAsync();

        var warning = page.Locator("#sheet-incomplete");
        await warning.WaitForAsync();
        (await warning.InnerTextAsync()).ShouldContain("Arket tæller ikke med, før alle kriterier har point.");
        (await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "men arket tæller ikke med" }).CountAsync()).ShouldBe(1);
        foreach (var k in criteria.Skip(3))
        {
            var group = page.GetByRole(AriaRole.Group, new() { Name = k.Name });
            (await group.Locator(".score-missing-message").InnerTextAsync()).ShouldBe("Mangler point");
            (await group.GetAttributeAsync("aria-describedby"))!.ShouldContain($"Scores_{k.Id}-missing");
        }
        (await page.Locator("main").InnerTextAsync()).ShouldContain(criteria[0].AnchorHigh);
        (await Axe.SeriousViolationsAsync(page)).ShouldBeEmpty();
        (await Axe.ScrollsHorizontallyAsync(page)).ShouldBeFalse();
        await server.ScreenshotAsync(page, "jury-halvt-ark-phone");
    }

    [Fact]
    public async Task Criteria_form_for_five_criteria_is_at_most_1000_px_and_its_page_1700_px_tall_at_360_px_wide()
    {
        const int year = 2178;
        await Editions.Build(year).CreateAsync(server);
        var page = await server.NewPageAsync(width: 360, height: 740);
        await People.SignInSecretariatAsync(page);
        await page.GotoAsync($"/sekretariat/{year}/kriterier");
        (await page.Locator("fieldset.criterion-row input[name$='.Name']:visible").CountAsync()).ShouldBe(5);
        // Was 4,229 px. Five rows of 44 px touch-size inputs (name; weight and scale) and a disclosure line take about
        // 175 px each; the rest of the page is the site header, a four-line heading at this width, the intro and footer.
        // The page is about 1,630 px with the web font and 1,680 px when font-display: optional keeps the fallback font.
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        var form = (await page.Locator("form.criteria-form").BoundingBoxAsync())!.Height;
        await server.ScreenshotAsync(page, "sekretariat-kriterier-phone");
        form.ShouldBeLessThanOrEqualTo(1000, $"the form is {form} px tall at 360 px");
        height.ShouldBeLessThanOrEqualTo(1700, $"the page is {height} px tall at 360 px");
        (await Axe.ScrollsHorizontallyAsync(page)).ShouldBeFalse();
        (await Axe.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // The anchors are there to edit, one tap away.
        var first = page.Locator("fieldset.criterion-row").First;
        await first.Locator("summary").ClickAsync();
        (await first.GetByLabel("Laveste point betyder").InputValueAsync()).ShouldBe("Ingen påvist effekt.");
    }
}
