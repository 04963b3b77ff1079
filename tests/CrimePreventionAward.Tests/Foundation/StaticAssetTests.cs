using System.Net;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Foundation;

public sealed partial class StaticAssetTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Fingerprinted_styles_are_compressed_and_cached_for_a_year()
    {
        var page = await app.Client().GetStringAsync("/");
        var css = StylesheetPattern().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        css.Count.ShouldBe(2);
        foreach (var url in css)
        {
            url.ShouldContain("?v=");
            foreach (var encoding in new[] { "br", "gzip" })
            {
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.AcceptEncoding.ParseAdd(encoding);
                var response = await app.Client().SendAsync(request);
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                response.Content.Headers.ContentEncoding.ShouldBe([encoding], url);
                response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
                (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(0);
            }
        }
    }

    [Fact]
    public async Task Pages_are_never_compressed_because_they_carry_tokens()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await app.Client().SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_page_has_a_description_a_favicon_and_preloaded_fonts()
    {
        var page = await app.Client().GetStringAsync("/privatliv");
        page.ShouldContain("<meta name=\"description\" content=\"Den Kriminalpræventive Pris fra Det Kriminalpræventive Råd");
        var icon = IconPattern().Match(page);
        icon.Success.ShouldBeTrue();
        (await app.Client().GetAsync(WebUtility.HtmlDecode(icon.Groups[1].Value))).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (Match font in FontPattern().Matches(page))
            (await app.Client().GetAsync(font.Groups[1].Value)).StatusCode.ShouldBe(HttpStatusCode.OK);
        FontPattern().Matches(page).Count.ShouldBe(3);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetPattern();

    [GeneratedRegex("<link rel=\"icon\" href=\"([^\"]+)\"")]
    private static partial Regex IconPattern();

    [GeneratedRegex("<link rel=\"preload\" href=\"([^\"]+)\" as=\"font\"")]
    private static partial Regex FontPattern();
}
