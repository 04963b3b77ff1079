using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jury;

public sealed class JurySignInTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private Task<int> Count(string sql, object args) => app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<int>(sql, args));

    [Fact]
    public async Task Invited_juror_gets_an_email_whose_link_signs_in_once()
    {
        await Editions.CreateOpenAsync(app, 2101);
        var client = await app.SecretariatAsync();
        var invited = await client.PostAsJsonAsync("/api/editions/2101/jurors",
            new { name = "Karen Jensen", email = "Karen.Jensen@Kommune.test", organisation = "Vejle Kommune", isChair = true });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created);

        (await app.SendAsSystem(new DeliverOutbox.Command())).Sent.ShouldBeGreaterThanOrEqualTo(1);
        var eml = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml")
            .Select(File.ReadAllText).Single(t => t.Contains("karen.jensen@kommune.test"));
        eml.ShouldContain("juryformand");
        eml.ShouldContain("http://localhost:5080/login/link/");
        var token = JuryKit.TokenOf(eml);
        token.Length.ShouldBe(43); // 32 random bytes in base64url
        (await Count("SELECT COUNT(*) FROM SignInLinks WHERE TokenHash = @T", new { T = token })).ShouldBe(0); // only the hash is stored
        (await Count("SELECT COUNT(*) FROM AuditLog WHERE Data LIKE @T", new { T = $"%{token}%" })).ShouldBe(0);

        var juror = app.Client();
        var first = await juror.PostAsync($"/api/auth/link/{token}", null);
        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await juror.GetAsync("/api/editions/2101/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await app.Client().PostAsync($"/api/auth/link/{token}", null);
        second.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.ProblemAsync()).GetProperty("title").GetString().ShouldBe(SignInWithLink.Used);
    }

    [Fact]
    public async Task Link_older_than_72_hours_is_refused()
    {
        await Editions.CreateOpenAsync(app, 2102);
        await JuryKit.InviteAsync(app, 2102, "Ole Hansen");
        var token = await JuryKit.LatestTokenAsync(app, JuryKit.Email("Ole Hansen", 2102));
        app.Clock.Advance(TimeSpan.FromHours(73));
        var response = await app.Client().PostAsync($"/api/auth/link/{token}", null);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ProblemAsync()).GetProperty("title").GetString().ShouldBe(SignInWithLink.Expired);
    }

    [Theory]
    [InlineData("forfalsket-token-som-ikke-findes-i-databasen-x")]
    [InlineData("a")]
    public async Task Forged_link_is_refused(string token)
    {
        var response = await app.Client().PostAsync($"/api/auth/link/{token}", null);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ProblemAsync()).GetProperty("title").GetString().ShouldBe(SignInWithLink.Invalid);
    }

    [Fact]
    public async Task Link_page_signs_in_on_its_button_and_goes_to_the_jury_list_and_a_used_link_page_explains_in_Danish()
    {
        await Editions.CreateOpenAsync(app, 2103);
        await JuryKit.InviteAsync(app, 2103, "Mette Berg");
        var token = await JuryKit.LatestTokenAsync(app, JuryKit.Email("Mette Berg", 2103));
        var juror = app.Client();
        var response = await juror.PostFormAsync($"/login/link/{token}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/jury");
        var list = await juror.GetAsync("/jury/2103");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await list.Content.ReadAsStringAsync()).ShouldContain("0 af 0 bedømt");

        var again = await app.Client().PostFormAsync($"/login/link/{token}");
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await again.Content.ReadAsStringAsync()).ShouldContain("Linket er allerede brugt");
    }

    [Fact]
    public async Task Opening_a_link_as_a_mail_scanner_does_spends_nothing_and_shows_a_sign_in_button()
    {
        await Editions.CreateOpenAsync(app, 2109);
        await JuryKit.InviteAsync(app, 2109, "Sofie Dam");
        var token = await JuryKit.LatestTokenAsync(app, JuryKit.Email("Sofie Dam", 2109));

        var scanner = app.Client();
        for (var i = 0; i < 3; i++)
        {
            var fetched = await scanner.GetAsync($"/login/link/{token}");
            fetched.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await fetched.Content.ReadAsStringAsync();
            html.ShouldContain("<button type=\"submit\" class=\"button button-primary\">Log ind</button>");
            (fetched.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("kp.auth"));
        }
        (await scanner.GetAsync("/api/editions/2109/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Client().GetAsync($"/api/auth/link/{token}")).StatusCode.ShouldNotBe(HttpStatusCode.NoContent);
        (await Count("SELECT COUNT(*) FROM SignInLinks WHERE UsedAt IS NOT NULL AND UserId = (SELECT Id FROM Users WHERE Email = @E)",
            new { E = JuryKit.Email("Sofie Dam", 2109) })).ShouldBe(0);

        var juror = app.Client();
        (await juror.PostFormAsync($"/login/link/{token}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await juror.GetAsync("/api/editions/2109/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Link_page_refuses_a_post_without_the_anti_forgery_token()
    {
        await Editions.CreateOpenAsync(app, 2107);
        await JuryKit.InviteAsync(app, 2107, "Anders Bak");
        var token = await JuryKit.LatestTokenAsync(app, JuryKit.Email("Anders Bak", 2107));
        var forged = await app.Client().PostAsync($"/login/link/{token}", new FormUrlEncodedContent(new Dictionary<string, string>()));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await JuryKit.SignedInAsync(app, JuryKit.Email("Anders Bak", 2107));
    }

    [Fact]
    public async Task Asking_for_a_link_answers_202_for_any_address_and_mails_only_jurors()
    {
        await Editions.CreateOpenAsync(app, 2104);
        await JuryKit.InviteAsync(app, 2104, "Per Lund");
        var email = JuryKit.Email("Per Lund", 2104);
        var before = await Count("SELECT COUNT(*) FROM MailOutbox", new { });

        var unknown = await app.Client().PostAsJsonAsync("/api/auth/link", new { email = "ukendt@nowhere.test" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var admin = await app.Client().PostAsJsonAsync("/api/auth/link", new { email = AwardFactory.AdminEmail });
        admin.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Count("SELECT COUNT(*) FROM MailOutbox", new { })).ShouldBe(before);

        var known = await app.Client().PostAsJsonAsync("/api/auth/link", new { email = email.ToUpperInvariant() });
        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Count("SELECT COUNT(*) FROM MailOutbox", new { })).ShouldBe(before + 1);
        await JuryKit.SignedInAsync(app, email);
    }

    [Fact]
    public async Task Asking_for_a_link_on_the_login_page_shows_the_same_answer_for_every_address()
    {
        foreach (var email in new[] { "ukendt@nowhere.test", "andet@nowhere.test" })
        {
            var client = app.Client();
            var token = await client.AntiforgeryTokenAsync("/login");
            var response = await client.PostAsync("/login?handler=Link", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["LinkEmail"] = email, ["__RequestVerificationToken"] = token,
            }));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("Hvis adressen tilhører et jurymedlem");
            html.ShouldNotContain("Der er fejl i formularen"); // the password form's empty fields are not this form's errors
        }
    }

    [Fact]
    public async Task Inviting_the_same_person_twice_to_one_jury_gets_409_and_a_secretariat_address_gets_400()
    {
        await Editions.CreateOpenAsync(app, 2105);
        var client = await app.SecretariatAsync();
        var body = new { name = "Ib Holm", email = "ib@jury.test", organisation = "Politiet", isChair = false };
        (await client.PostAsJsonAsync("/api/editions/2105/jurors", body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/editions/2105/jurors", body)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var secretariat = await client.PostAsJsonAsync("/api/editions/2105/jurors", body with { email = AwardFactory.AdminEmail });
        secretariat.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secretariat.ProblemAsync()).GetProperty("errors").GetProperty("email")[0].GetString()!.ShouldContain("sekretariatet");
        var invalid = await client.PostAsJsonAsync("/api/editions/2105/jurors", new { name = "", email = "ikke-en-adresse", organisation = "" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await invalid.ProblemAsync()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Skriv jurymedlemmets navn.");
        errors.GetProperty("email")[0].GetString().ShouldBe("Skriv en gyldig e-mailadresse.");
    }

    [Fact]
    public async Task Juror_calling_secretariat_endpoints_gets_403()
    {
        await Editions.CreateOpenAsync(app, 2106);
        await JuryKit.InviteAsync(app, 2106, "Sara Vang");
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Sara Vang", 2106));
        (await juror.PostAsJsonAsync("/api/editions/2106/jurors", new { name = "X", email = "x@jury.test", organisation = "Y" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync("/api/editions/2106/progress")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync("/api/editions/2106/conflicts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.PutAsJsonAsync("/api/editions/2106/criteria", new { criteria = new[] { new { name = "A", weight = 1, scaleMin = 1, scaleMax = 5 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync("/sekretariat/2106/jury")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
