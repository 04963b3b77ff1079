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
}
