using CrimePreventionAward.BrowserTests.Support;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

public sealed class SignInInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Visitor_sees_the_Danish_front_page_and_the_secretariat_signs_in()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Den Kriminalpræventive Pris");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("da");
        await server.ScreenshotAsync(page, "forside-desktop");

        await page.GotoAsync("/sekretariat");
        page.Url.ShouldContain("/login");
        await page.GetByLabel("E-mail").FillAsync(ServerFixture.AdminEmail);
        await page.GetByLabel("Adgangskode").FillAsync(ServerFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.ArriveAtAsync("**/sekretariat");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Sekretariatet");
        await server.ScreenshotAsync(page, "sekretariat-desktop");
    }

    [Fact]
    public async Task Wrong_password_shows_the_error_summary_with_focus()
    {
        var page = await server.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync("nogen@test.dk");
        await page.GetByLabel("Adgangskode").FillAsync("forkert");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("error-summary");
        (await page.InputValueAsync("#Email")).ShouldBe("nogen@test.dk");
        await server.ScreenshotAsync(page, "login-fejl-telefon");
    }

    [Fact]
    public async Task Log_ud_in_the_header_signs_the_secretariat_out()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(ServerFixture.AdminEmail);
        await page.GetByLabel("Adgangskode").FillAsync(ServerFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await page.ArriveAtAsync("**/sekretariat");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync(),
            r => r.Url.EndsWith("/logout") && r.Request.Method == "POST");
        response.Status.ShouldBe(302);
        await page.ArriveAtAsync(server.BaseUrl.TrimEnd('/') + "/");
        (await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Log ind" }).CountAsync()).ShouldBe(1);
        await page.GotoAsync("/sekretariat");
        page.Url.ShouldContain("/login");
    }
}
