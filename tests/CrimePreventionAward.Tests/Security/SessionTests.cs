using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrimePreventionAward.Tests.Security;

/// <summary>Sessions that end: logout revokes every copy of the cookie, and a juror's access ends with the edition.</summary>
public sealed class SessionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    /// <summary>A second browser holding only a copy of the given client's auth cookie.</summary>
    private HttpClient CopyOfCookie(HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kp.auth=")).Split(';')[0];
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }

    [Fact]
    public async Task A_copied_secretariat_cookie_stops_working_after_logout_on_the_web()
    {
        var browser = app.Client();
        var signIn = await browser.PostAsJsonAsync("/api/auth/login", new { email = AwardFactory.AdminEmail, password = AwardFactory.AdminPassword });
        signIn.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var copy = CopyOfCookie(signIn);
        (await copy.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var logout = await browser.PostFormAsync("/logout");
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await copy.GetAsync("/sekretariat");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldStartWith("http://localhost/login");
        (await copy.GetAsync("/api/editions/2027/jurors")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var again = app.Client();
        await again.SignInAsync();
        (await again.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_copied_juror_cookie_stops_working_after_logout_over_the_api()
    {
        const int year = 2197;
        await Editions.CreateOpenAsync(app, year);
        await JuryKit.InviteAsync(app, year, "Bo Ravn");
        var signIn = await app.Client().PostAsync($"/api/auth/link/{await JuryKit.LatestTokenAsync(app, JuryKit.Email("Bo Ravn", year))}", null);
        signIn.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var copy = CopyOfCookie(signIn);
        (await copy.GetAsync($"/api/editions/{year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await copy.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await copy.GetAsync($"/api/editions/{year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
