using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests.Support;

/// <summary>
/// Waits until a page has arrived at an address and loaded it. Playwright's own <c>WaitForURLAsync</c> checks the
/// load state and then subscribes to its event; when the event comes in between, the wait is lost and times out
/// although the page is there (microsoft/playwright-dotnet#3364). The address is asserted with <c>Expect</c>, which
/// polls, and the load state asked for in short waits: a state that has been reached is found by the next ask.
/// </summary>
public static class Arrival
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>The address as a Playwright glob: <c>**</c> any characters, <c>*</c> any but <c>/</c>, the rest literal.</summary>
    public static async Task ArriveAtAsync(this IPage page, string glob, TimeSpan? limit = null)
    {
        var within = limit ?? Limit;
        await Assertions.Expect(page).ToHaveURLAsync(GlobToRegex(glob), new() { Timeout = (float)within.TotalMilliseconds });
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    private static Regex GlobToRegex(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$");
}
