using CrimePreventionAward.BrowserTests.Support;

namespace CrimePreventionAward.BrowserTests;

/// <summary>WCAG 2.1 AA by axe-core on the public pages, in Danish and English, on a phone and a desktop.</summary>
public sealed class AccessibilityTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static readonly string[] PublicPages = ["/", "/login", "/findes-ikke", "/privatliv"];

    [Theory]
    [InlineData("da", 360)]
    [InlineData("da", 1280)]
    [InlineData("en", 360)]
    [InlineData("en", 1280)]
    public async Task Public_pages_have_no_serious_accessibility_violations_and_no_sideways_scroll(string language, int width)
    {
        var page = await server.NewPageAsync(width, 800);
        await page.GotoAsync("/");
        if (language == "en") await Language.SwitchToAsync(page, "en");
        var violations = new List<string>();
        var scrolling = new List<string>();
        foreach (var url in PublicPages)
        {
            await page.GotoAsync(url);
            (await page.GetAttributeAsync("html", "lang")).ShouldBe(language);
            violations.AddRange(await Axe.SeriousViolationsAsync(page));
            if (await Axe.ScrollsHorizontallyAsync(page)) scrolling.Add(url);
        }
        violations.ShouldBeEmpty();
        scrolling.ShouldBeEmpty();
    }

    [Fact]
    public async Task Language_choice_is_remembered_across_pages()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/login");
        await Language.SwitchToAsync(page, "en");
        page.Url.ShouldEndWith("/login");
        await page.GotoAsync("/");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");
        (await page.Locator(".skipnav").InnerTextAsync()).ShouldBe("Skip to main content");
        await Language.SwitchToAsync(page, "da");
        (await page.Locator(".skipnav").InnerTextAsync()).ShouldBe("Gå til sidens indhold");
    }

    [Fact]
    public async Task The_axe_check_finds_a_real_violation()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\"><input type=\"text\">')");
        (await Axe.SeriousViolationsAsync(page)).ShouldContain(v => v.Contains("image-alt"));
    }
}
