using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrimePreventionAward.Tests.Security;

/// <summary>The secretariat's own passwords: a mailed one-time link for a forgotten one, and a change while signed in.</summary>
public sealed partial class PasswordResetTests(SmtpAwardFactory app) : IClassFixture<SmtpAwardFactory>
{
    private const string OldPassword = "Gammel-Adgang-1", NewPassword = "Ny-Adgangskode-2";

    private async Task<string> AccountAsync(string name)
    {
        var email = $"{name}@sekretariat.test";
        await app.SendAsSystem(new EnsureSecretariatAccount.Command(email, name, OldPassword));
        return email;
    }

    private async Task<HttpClient> SignedInAsync(string email, string password = OldPassword)
    {
        var client = app.Client();
        await client.SignInAsync(email, password);
        return client;
    }

    private async Task<IReadOnlyList<string>> LinksMailedToAsync(string email)
    {
        await app.SendAsSystem(new DeliverOutbox.Command());
        return app.Smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == email))
            .Select(m => LinkPattern().Match(m.TextBody ?? "")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
    }

    private Task<int> CountAsync(string sql, object args) => ResultsTestData.WithDb(app, db => db.ScalarAsync<int>(sql, args));

    [Fact]
    public async Task A_forgotten_password_is_set_through_a_mailed_link_that_works_once_and_ends_old_sessions()
    {
        var email = await AccountAsync("glemsom");
        var oldSession = await SignedInAsync(email);

        (await app.Client().PostAsJsonAsync("/api/auth/password/reset", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var token = (await LinksMailedToAsync(email)).ShouldHaveSingleItem();
        (await CountAsync("SELECT COUNT(*) FROM MailOutbox WHERE BodyText LIKE @Token OR ProtectedToken LIKE @Token", new { Token = $"%{token}%" })).ShouldBe(0);
        (await CountAsync("SELECT COUNT(*) FROM PasswordLinks WHERE TokenHash = @Token", new { Token = token })).ShouldBe(0);
        var visitor = app.Client();
        var form = await visitor.GetStringAsync($"/login/ny-adgangskode/{token}");
        form.ShouldContain("Gentag den nye adgangskode");

        var reset = await visitor.PostFormAsync($"/login/ny-adgangskode/{token}", new() { ["NewPassword"] = NewPassword, ["Repeat"] = NewPassword });

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reset.Content.ReadAsStringAsync()).ShouldContain("Din adgangskode er skiftet.");
        (await oldSession.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Client().PostAsJsonAsync("/api/auth/login", new { email, password = OldPassword })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await SignedInAsync(email, NewPassword)).GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await app.Client().PostAsJsonAsync($"/api/auth/password/reset/{token}", new { newPassword = "Tredje-Adgang-3" });
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await again.ProblemAsync()).GetProperty("title").GetString().ShouldBe(ResetPassword.Used);
    }

    [Fact]
    public async Task The_answer_is_the_same_for_an_unknown_address_and_a_juror_and_nobody_gets_mail()
    {
        var juror = JuryKit.Email("Ida Jury", 2061);
        await Editions.Deciding(2061).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        await Jurors.Build(2061, "Ida Jury").WithEmail(juror).WithPassword().SeatAsync(app);
        var known = await AccountAsync("kendt");
        var answers = new List<HttpResponseMessage>();
        foreach (var email in new[] { known, "ukendt@sekretariat.test", juror })
            answers.Add(await app.Client().PostAsJsonAsync("/api/auth/password/reset", new { email }));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Accepted);
        (await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()))).Distinct().ShouldHaveSingleItem();
        (await LinksMailedToAsync(known)).Count.ShouldBe(1);
        (await LinksMailedToAsync("ukendt@sekretariat.test")).ShouldBeEmpty();
        (await LinksMailedToAsync(juror)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_password_link_expires_after_an_hour_and_a_page_visit_does_not_spend_it()
    {
        var email = await AccountAsync("langsom");
        await app.Client().PostAsJsonAsync("/api/auth/password/reset", new { email });
        var token = (await LinksMailedToAsync(email)).ShouldHaveSingleItem();
        (await app.Client().GetAsync($"/login/ny-adgangskode/{token}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(PasswordLinks.Lifetime + TimeSpan.FromMinutes(1));

        var late = await app.Client().PostAsJsonAsync($"/api/auth/password/reset/{token}", new { newPassword = NewPassword });
        late.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await late.ProblemAsync()).GetProperty("title").GetString().ShouldBe(ResetPassword.Expired);
        (await app.Client().PostAsJsonAsync("/api/auth/login", new { email, password = OldPassword })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Password_links_are_limited_per_account_and_hour()
    {
        var email = await AccountAsync("travl");
        for (var i = 0; i < PasswordLinks.MaxPerHour + 2; i++)
            (await app.ClientFrom($"192.0.2.{i + 1}").PostAsJsonAsync("/api/auth/password/reset", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        (await LinksMailedToAsync(email)).Count.ShouldBe(PasswordLinks.MaxPerHour);
    }

    [Fact]
    public async Task A_signed_in_secretariat_user_changes_the_password_with_the_current_one_and_other_sessions_end()
    {
        var email = await AccountAsync("skifter");
        var browser = await SignedInAsync(email);
        var signIn = await app.Client().PostAsJsonAsync("/api/auth/login", new { email, password = OldPassword });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kp.auth=")).Split(';')[0];
        var other = AwardFactory.AsApp(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = AwardFactory.BaseAddress }));
        other.DefaultRequestHeaders.Add("Cookie", cookie);

        var wrong = await browser.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Forkert-Adgang-9", newPassword = NewPassword });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.ProblemAsync()).GetProperty("title").GetString().ShouldBe(ChangePassword.WrongPassword);
        var tooShort = await browser.PostAsJsonAsync("/api/auth/password", new { currentPassword = OldPassword, newPassword = "kort" });
        tooShort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var changed = await browser.PostAsJsonAsync("/api/auth/password", new { currentPassword = OldPassword, newPassword = NewPassword });

        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await changed.Content.ReadAsStringAsync());
        (await browser.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Client().PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_change_password_page_keeps_the_session_and_the_login_page_links_to_the_reset()
    {
        (await app.Client().GetStringAsync("/login")).ShouldContain("href=\"/login/glemt\"");
        var email = await AccountAsync("sidebruger");
        var browser = await SignedInAsync(email);

        var mismatch = await browser.PostFormAsync("/sekretariat/adgangskode",
            new() { ["CurrentPassword"] = OldPassword, ["NewPassword"] = NewPassword, ["Repeat"] = "Noget-andet-1" });
        (await mismatch.Content.ReadAsStringAsync()).ShouldContain("De to adgangskoder er ikke ens.");

        var changed = await browser.PostFormAsync("/sekretariat/adgangskode",
            new() { ["CurrentPassword"] = OldPassword, ["NewPassword"] = NewPassword, ["Repeat"] = NewPassword });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync("/sekretariat")).ShouldContain("Din adgangskode er skiftet.");
    }

    [GeneratedRegex("/login/ny-adgangskode/([A-Za-z0-9_%-]+)")]
    private static partial Regex LinkPattern();
}
