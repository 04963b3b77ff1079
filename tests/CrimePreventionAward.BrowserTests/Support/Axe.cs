using System.Text.Json;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests.Support;

/// <summary>axe-core (npm, from package.json) injected into a page; returns the serious and critical violations.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(ServerFixture.RepoRoot(), "src", "CrimePreventionAward.Web", "node_modules", "axe-core", "axe.min.js")));

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the driver rather than added as a <script> element, which the app's CSP (no inline scripts) refuses.
        await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '));
            }
            """);
        return json.EnumerateArray().Select(v => $"{page.Url}: {v.GetString()}").ToList();
    }

    /// <summary>True when the page is wider than the window, i.e. it scrolls sideways.</summary>
    public static Task<bool> ScrollsHorizontallyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
