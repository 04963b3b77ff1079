using CrimePreventionAward.BrowserTests.Support;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests.Journey;

/// <summary>
/// Every main page the journey visits, checked where it stands: screenshots at phone and desktop width, axe-core and
/// the 360 px sideways-scroll check in Danish and English. Checked as we go because the state (and the sign-ins) of
/// each page belongs to its moment in the year; the clock moves on afterwards.
/// </summary>
public sealed class PageAudit(ServerFixture server)
{
    public const int PhoneWidth = 360, PhoneHeight = 740, DesktopWidth = 1280, DesktopHeight = 900;

    private readonly List<string> visited = [];
    private readonly List<string> violations = [];
    private readonly List<string> sideways = [];
    private int count;

    public IReadOnlyList<string> Visited => visited;

    /// <summary>Records the page the browser is on and checks it. The page is left in Danish at its original size.</summary>
    public async Task CheckAsync(IPage page, string role, string name)
    {
        var shot = $"journey-{++count:D2}-{name}";
        var path = new Uri(page.Url).PathAndQuery;
        visited.Add($"{role}: {path}");
        var size = page.ViewportSize ?? new PageViewportSizeResult { Width = DesktopWidth, Height = DesktopHeight };

        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await server.ScreenshotAsync(page, shot + "-phone");
        await AxeAndScrollAsync(page, role, name, "da", PhoneWidth);
        await page.SetViewportSizeAsync(DesktopWidth, DesktopHeight);
        await server.ScreenshotAsync(page, shot + "-desktop");
        await AxeAndScrollAsync(page, role, name, "da", DesktopWidth);

        await Language.SwitchToAsync(page, "en");
        await AxeAndScrollAsync(page, role, name, "en", DesktopWidth);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await AxeAndScrollAsync(page, role, name, "en", PhoneWidth);
        await page.SetViewportSizeAsync(DesktopWidth, DesktopHeight);
        await Language.SwitchToAsync(page, "da");
        await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    private async Task AxeAndScrollAsync(IPage page, string role, string name, string language, int width)
    {
        var where = $"{name} ({role}, {language}, {width} px)";
        violations.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{where} {v}"));
        if (width == PhoneWidth && await Axe.ScrollsHorizontallyAsync(page))
        {
            var wide = await page.EvaluateAsync<string>("""
                () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')).join(', ')
                """);
            sideways.Add($"{where} {page.Url}: wider than the window: {wide}");
        }
    }

    public void ShouldBeClean()
    {
        var urls = string.Join("\n", visited);
        File.WriteAllText(Path.Combine(ServerFixture.ArtifactsDirectory, "journey-pages.txt"), urls + "\n");
        violations.ShouldBeEmpty($"serious/critical axe violations by page and rule:\n{string.Join("\n", violations)}\n\npages visited:\n{urls}");
        sideways.ShouldBeEmpty($"pages that scroll sideways at {PhoneWidth} px:\n{string.Join("\n", sideways)}");
    }
}
