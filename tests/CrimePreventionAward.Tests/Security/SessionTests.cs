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
        var copy = AwardFactory.AsApp(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = AwardFactory.BaseAddress,
        }));
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
        refused.Headers.Location!.ToString().ShouldStartWith(new Uri(AwardFactory.BaseAddress, "/login").ToString());
        (await copy.GetAsync("/api/editions/2027/jurors")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var again = await app.SecretariatAsync();
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

    [Fact]
    public async Task Removing_a_juror_ends_their_session_their_access_and_their_sign_in_links()
    {
        const int year = 2196;
        await Editions.CreateOpenAsync(app, year);
        var eva = await JuryKit.InviteAsync(app, year, "Eva Holm");
        var per = await JuryKit.InviteAsync(app, year, "Per Dam");
        var evaSession = await JuryKit.SignedInAsync(app, JuryKit.Email("Eva Holm", year));
        (await app.Client().PostAsJsonAsync("/api/auth/link", new { email = JuryKit.Email("Eva Holm", year) })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var evaUnusedLink = await JuryKit.LatestTokenAsync(app, JuryKit.Email("Eva Holm", year));
        var perSession = await JuryKit.SignedInAsync(app, JuryKit.Email("Per Dam", year));

        var secretariat = await app.SecretariatAsync();
        (await secretariat.DeleteAsync($"/api/editions/{year}/jurors/{eva}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var token = await secretariat.AntiforgeryTokenAsync($"/sekretariat/{year}/jury");
        var removed = await secretariat.PostAsync($"/sekretariat/{year}/jury?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jurorId"] = per.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token,
        }));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await secretariat.GetStringAsync($"/sekretariat/{year}/jury")).ShouldContain("Per Dam er fjernet fra juryen.");

        (await evaSession.GetAsync($"/api/editions/{year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await perSession.GetAsync($"/api/editions/{year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var viaOldLink = app.Client();
        (await viaOldLink.PostAsync($"/api/auth/link/{evaUnusedLink}", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await viaOldLink.GetAsync($"/api/editions/{year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var delivered = (await Mailbox.DeliveredToAsync(app, JuryKit.Email("Eva Holm", year))).Count;
        (await app.Client().PostAsJsonAsync("/api/auth/link", new { email = JuryKit.Email("Eva Holm", year) })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Mailbox.DeliveredToAsync(app, JuryKit.Email("Eva Holm", year))).Count.ShouldBe(delivered);
        (await secretariat.DeleteAsync($"/api/editions/{year}/jurors/{eva}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
