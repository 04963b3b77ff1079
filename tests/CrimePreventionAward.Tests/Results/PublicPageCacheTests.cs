using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Results.CachedPublicPages;

namespace CrimePreventionAward.Tests.Results;

/// <summary>
/// The public pages come from the output cache (the <c>Age</c> header marks a cached answer) for anonymous visitors
/// only, in their language, each with their own anti-forgery token, and a command's change shows at once.
/// </summary>
public sealed class PublicPageCacheTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task An_early_publication_shows_on_the_cached_pages_at_once()
    {
        var secretariat = await DecidedAsync(app, 2089);
        string[] pages = ["/vinder?aar=2089", "/"];
        foreach (var (path, html) in await FetchCachedAsync(app, pages)) NamesTheWinner(path, html, 2089).ShouldBeFalse(path);

        (await secretariat.PutAsJsonAsync("/api/editions/2089/announcement", new
        {
            announceAt = app.Clock.GetUtcNow(), confirmEarly = true, earlyReason = "Pressemøde før overrækkelsen",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var path in pages) NamesTheWinner(path, await app.Client().GetStringAsync(path), 2089).ShouldBeTrue(path);
    }

    [Fact]
    public async Task A_signed_in_caller_never_gets_the_cached_anonymous_page_and_an_anonymous_visitor_never_gets_a_signed_in_page()
    {
        await FetchCachedAsync(app, ["/arkiv"]);
        var secretariat = app.Client();
        await secretariat.SignInAsync();
        using (var signedIn = await secretariat.GetAsync("/arkiv"))
        {
            signedIn.Headers.Age.ShouldBeNull();
            (await signedIn.Content.ReadAsStringAsync()).ShouldContain("Log ud");
        }

        (await secretariat.GetStringAsync("/prisoverraekkelse")).ShouldContain("Log ud");
        foreach (var (_, html) in await FetchCachedAsync(app, ["/prisoverraekkelse"]))
        {
            html.ShouldNotContain("Log ud");
            html.ShouldNotContain(AwardFactory.AdminEmail);
        }
    }

    [Fact]
    public async Task Every_visitor_gets_their_own_token_on_a_cached_page_and_the_cache_keeps_the_languages_apart()
    {
        const string url = "/arkiv?side=sprog";
        var first = app.Client();
        var second = app.Client();
        var one = await first.AntiforgeryTokenAsync(url);
        var two = await second.AntiforgeryTokenAsync(url);
        using (var cached = await app.Client().GetAsync(url))
        {
            cached.Headers.Age.ShouldNotBeNull();
            cached.Headers.Vary.ShouldContain("Cookie");
        }
        two.ShouldNotBe(one);

        var switched = await second.PostAsync("/sprog", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB", ["returnUrl"] = url, ["__RequestVerificationToken"] = two,
        }));
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await second.GetStringAsync(url)).ShouldContain("<html lang=\"en\">");
        (await first.GetStringAsync(url)).ShouldContain("<html lang=\"da\">");
        (await second.GetStringAsync(url)).ShouldContain("<html lang=\"en\">");
    }
}
