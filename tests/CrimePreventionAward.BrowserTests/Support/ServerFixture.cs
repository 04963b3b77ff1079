using CrimePreventionAward.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests.Support;

/// <summary>
/// The test host of the integration tests (<see cref="AwardFactory"/>: fresh database, fake clock, no Hangfire
/// server, mail kept in the outbox until the test delivers it) on a real Kestrel port, with Debian's chromium
/// driven by Playwright.
/// </summary>
public sealed class ServerFixture : AwardFactory, IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ArtifactsDirectory => Path.Combine(RepoRoot(), ".artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "da-DK", ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Generous on a loaded CI machine; a page that never comes still fails.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, name + ".png"), FullPage = true });
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    public static string RepoRoot() => RepoPaths.Root;
}
