using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests.Support;

public static class Language
{
    /// <summary>Uses the language switch in the page header, as a visitor would.</summary>
    public static async Task SwitchToAsync(IPage page, string language)
    {
        var label = language == "en" ? "English" : "Dansk";
        await page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync($"() => document.documentElement.lang === '{language}'");
    }
}
