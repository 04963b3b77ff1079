using System.Text.RegularExpressions;
using CrimePreventionAward.BrowserTests.Support;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests.Journey;

/// <summary>
/// Every main page the journey visits, checked where it stands: screenshots at phone and desktop width, axe-core and
/// the 360 px sideways-scroll check in Danish and English. Checked as we go because the state (and the sign-ins) of
/// each page belongs to its moment in the year; the clock moves on afterwards.
/// </summary>
public sealed partial class PageAudit
{
    private readonly ServerFixture server;

    public PageAudit(ServerFixture server)
    {
        this.server = server;
        // A new run replaces the last run's journey screenshots, so the artifact shows one journey.
        Directory.CreateDirectory(ServerFixture.ArtifactsDirectory);
        foreach (var old in Directory.GetFiles(ServerFixture.ArtifactsDirectory, "journey-*")) File.Delete(old);
    }

    public const int PhoneWidth = 360, PhoneHeight = 740, DesktopWidth = 1280, DesktopHeight = 900;

    private readonly Dictionary<IPage, string> roles = [];
    private readonly List<(string Role, string Url)> visited = [];
    private readonly HashSet<string> checkedRoutes = [];
    private readonly List<string> violations = [];
    private readonly List<string> sideways = [];
    private int count;

    /// <summary>Opens a browser (its own context, cookies and language) for one person and records every page it shows.</summary>
    public async Task<IPage> OpenAsync(string role, int width = DesktopWidth, int height = DesktopHeight)
    {
        var page = await server.NewPageAsync(width, height);
        roles[page] = role;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame != page.MainFrame || !frame.Url.StartsWith("http")) return;
            var url = Token().Replace(new Uri(frame.Url).PathAndQuery, "token=…");
            if (!visited.Contains((role, url))) visited.Add((role, url));
        };
        return page;
    }

    /// <summary>Checks the page the browser is on. The page is left in Danish at its original size.</summary>
    public async Task CheckAsync(IPage page, string name)
    {
        var role = roles[page];
        var shot = $"journey-{++count:D2}-{name}";
        checkedRoutes.Add(Route(page.Url));
        var size = page.ViewportSize ?? new PageViewportSizeResult { Width = DesktopWidth, Height = DesktopHeight };

        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await server.ScreenshotAsync(page, shot + "-phone");
        await AxeAndScrollAsync(page, role, name, "da", PhoneWidth);
        await page.SetViewportSizeAsync(DesktopWidth, DesktopHeight);
        await server.ScreenshotAsync(page, shot + "-desktop");
        await AxeAndScrollAsync(page, role, name, "da", DesktopWidth);

        await Language.SwitchToAsync(page, "en");
        checkedRoutes.Add(Route(page.Url)); // an error page's language switch returns to the error page's own address
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

    [GeneratedRegex("token=[^&]+")]
    private static partial Regex Token();

    /// <summary>The page's route: ids, years and references become {x}, so the same page with other data counts once.</summary>
    private static string Route(string url) =>
        "/" + string.Join("/", new Uri(url).AbsolutePath.Trim('/').Split('/').Select(s => s.Any(char.IsDigit) ? "{x}" : s));

    public void ShouldBeClean()
    {
        var urls = string.Join("\n", visited.Select(v => $"{v.Role}: {v.Url}"));
        File.WriteAllText(Path.Combine(ServerFixture.ArtifactsDirectory, "journey-pages.txt"), urls + "\n");
        var missed = visited.Where(v => !checkedRoutes.Contains(Route(server.BaseUrl + v.Url))).Select(v => $"{v.Role}: {v.Url}").ToList();
        missed.ShouldBeEmpty($"pages shown but not checked:\n{string.Join("\n", missed)}");
        violations.ShouldBeEmpty($"serious/critical axe violations by page and rule:\n{string.Join("\n", violations)}\n\npages visited:\n{urls}");
        sideways.ShouldBeEmpty($"pages that scroll sideways at {PhoneWidth} px:\n{string.Join("\n", sideways)}");
    }
}
