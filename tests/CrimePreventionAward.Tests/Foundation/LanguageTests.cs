using System.Globalization;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class LanguageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static T InCulture<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void English_comes_from_the_shared_file_and_from_every_area_file_and_Danish_is_the_key()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        InCulture("en-GB", () => l["Gå til sidens indhold"].Value).ShouldBe("Skip to main content");
        InCulture("en-GB", () => l["Indstil en kandidat"].Value).ShouldBe("Nominate a candidate");
        InCulture("da-DK", () => l["Indstil en kandidat"].Value).ShouldBe("Indstil en kandidat");
        InCulture("en-GB", () => l["Ikke oversat endnu"].Value).ShouldBe("Ikke oversat endnu");
    }

    [Fact]
    public async Task The_language_choice_is_remembered_in_a_cookie_and_changes_the_page_language()
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/");
        var switched = await client.PostAsync("/sprog", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB", ["returnUrl"] = "/login", ["__RequestVerificationToken"] = token,
        }));
        switched.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        switched.Headers.Location!.ToString().ShouldBe("/login");
        var html = await client.GetStringAsync("/");
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Skip to main content");
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/");
        var switched = await client.PostAsync("/sprog", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB", ["returnUrl"] = "//evil.example/x", ["__RequestVerificationToken"] = token,
        }));
        switched.Headers.Location!.ToString().ShouldBe("/");
    }
}
