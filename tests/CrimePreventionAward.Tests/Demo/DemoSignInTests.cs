using System.Net;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Demo;

public sealed class DemoSignInTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Demo_juror_button_and_handler_do_not_exist_outside_Development()
    {
        var client = app.Client();
        (await client.GetStringAsync("/login")).ShouldNotContain("demo", Case.Insensitive);
        var token = await client.AntiforgeryTokenAsync("/login");
        var response = await client.PostAsync("/login?handler=Demo", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }
}
