namespace CrimePreventionAward.Tests.Support;

public static class LanguageExtensions
{
    /// <summary>Chooses English with the header's language switch, as a visitor does; the cookie keeps it.</summary>
    public static async Task UseEnglishAsync(this HttpClient client)
    {
        var token = await client.AntiforgeryTokenAsync("/");
        var response = await client.PostAsync("/sprog", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB", ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }

    /// <summary>Reads something (a localised text) as in the given culture, outside a request.</summary>
    public static T InCulture<T>(string culture, Func<T> read)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try { return read(); }
        finally { System.Globalization.CultureInfo.CurrentUICulture = before; }
    }
}
