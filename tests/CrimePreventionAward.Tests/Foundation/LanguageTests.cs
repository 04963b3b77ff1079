using System.Globalization;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class LanguageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public void English_comes_from_the_shared_file_and_from_every_area_file_and_Danish_is_the_key()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        LanguageExtensions.InCulture("en-GB", () => l["Gå til sidens indhold"].Value).ShouldBe("Skip to main content");
        LanguageExtensions.InCulture("en-GB", () => l["Indstil en kandidat"].Value).ShouldBe("Nominate a candidate");
        LanguageExtensions.InCulture("da-DK", () => l["Indstil en kandidat"].Value).ShouldBe("Indstil en kandidat");
        LanguageExtensions.InCulture("en-GB", () => l["Ikke oversat endnu"].Value).ShouldBe("Ikke oversat endnu");
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

public sealed class BindingMessageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private async Task<string> PostYearAsync(HttpClient client, string year)
    {
        var token = await client.AntiforgeryTokenAsync("/sekretariat");
        var response = await client.PostAsync("/sekretariat?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["New.Year"] = year, ["New.Name"] = "Test", ["__RequestVerificationToken"] = token,
        }));
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Text_in_a_number_field_gets_a_Danish_message_and_an_English_one_in_English()
    {
        var client = await app.SecretariatAsync();
        var danish = await PostYearAsync(client, "abc");
        danish.ShouldContain("Værdien er ikke gyldig.");
        danish.ShouldNotContain("is not valid");

        await client.UseEnglishAsync();
        (await PostYearAsync(client, "abc")).ShouldContain("The value is not valid.");
    }
}

public sealed class FormattedMessageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public void A_message_with_a_value_is_translated_by_its_template_and_stays_Danish_in_Danish()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            l["Der findes allerede en prisuddeling for 2031."].Value.ShouldBe("An award edition for 2031 already exists.");
            l["Prisuddelingen 1999 findes ikke."].Value.ShouldNotContain("findes");
            CultureInfo.CurrentUICulture = new CultureInfo("da-DK");
            l["Der findes allerede en prisuddeling for 2031."].Value.ShouldBe("Der findes allerede en prisuddeling for 2031.");
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
