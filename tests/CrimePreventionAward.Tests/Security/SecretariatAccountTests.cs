using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Accounts;

namespace CrimePreventionAward.Tests.Security;

/// <summary>The secretariat adds and removes its own members; the list shows who did what.</summary>
public sealed partial class SecretariatAccountTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const string Password = "Kollega-Adgang-1";

    private async Task<HttpClient> AdminAsync()
    {
        var client = await app.SecretariatAsync();
        return client;
    }

    private static async Task<JsonElement> AccountAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/secretariat/accounts")).EnumerateArray()
            .Single(a => a.GetProperty("email").GetString() == email);

    /// <summary>Adds a colleague, who chooses a password through the invitation's link.</summary>
    private async Task<long> ColleagueAsync(HttpClient admin, string email)
    {
        var added = await admin.PostAsJsonAsync("/api/secretariat/accounts", new { name = "Karen Kollega", email });
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        var mail = await Mailbox.LatestToAsync(app, email);
        mail.ShouldContain("Vælg din adgangskode");
        var token = LinkPattern().Match(mail).Groups[1].Value;
        (await app.Client().PostAsJsonAsync($"/api/auth/password/reset/{token}", new { newPassword = Password }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task An_added_colleague_chooses_a_password_by_the_mailed_link_and_the_list_shows_who_did_what()
    {
        var admin = await AdminAsync();
        const string email = "karen@sekretariat.test";

        var added = await admin.PostAsJsonAsync("/api/secretariat/accounts", new { name = "Karen Kollega", email });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await AccountAsync(admin, email)).GetProperty("passwordPending").GetBoolean().ShouldBeTrue();
        (await app.Client().PostAsJsonAsync("/api/auth/login", new { email, password = "" })).StatusCode.ShouldNotBe(HttpStatusCode.NoContent);
        var token = LinkPattern().Match(await Mailbox.LatestToAsync(app, email)).Groups[1].Value;
        (await app.Client().PostAsJsonAsync($"/api/auth/password/reset/{token}", new { newPassword = Password })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var karen = app.Client();
        await karen.SignInAsync(email, Password);

        var listed = await AccountAsync(admin, email);
        listed.GetProperty("passwordPending").GetBoolean().ShouldBeFalse();
        listed.GetProperty("lastSignInAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await AccountAsync(admin, AwardFactory.AdminEmail)).GetProperty("recent").EnumerateArray()
            .ShouldContain(e => e.GetProperty("action").GetString() == "Accounts.AddSecretariatAccount.Command");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM AuditLog WHERE Data LIKE @Email", new { Email = $"%{email}%" })))
            .ShouldBe(0);
        var page = await admin.GetStringAsync("/sekretariat/konti");
        page.ShouldContain("Karen Kollega");
        page.ShouldContain("Accounts.AddSecretariatAccount.Command");
        (await admin.PostAsJsonAsync("/api/secretariat/accounts", new { name = "Karen igen", email })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_removed_colleague_loses_every_session_and_cannot_sign_in()
    {
        var admin = await AdminAsync();
        const string email = "fjernes@sekretariat.test";
        var id = await ColleagueAsync(admin, email);
        var colleague = app.Client();
        await colleague.SignInAsync(email, Password);
        (await colleague.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/secretariat/accounts/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await colleague.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Client().PostAsJsonAsync("/api/auth/login", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetFromJsonAsync<JsonElement>("/api/secretariat/accounts")).EnumerateArray()
            .ShouldNotContain(a => a.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task Nobody_removes_their_own_account()
    {
        var admin = await AdminAsync();
        var me = (await AccountAsync(admin, AwardFactory.AdminEmail)).GetProperty("id").GetInt64();

        var response = await admin.DeleteAsync($"/api/secretariat/accounts/{me}");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("Du kan ikke fjerne din egen konto.");
        (await admin.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_last_account_stays()
    {
        using var alone = new AwardFactory();
        var admin = alone.Client();
        await admin.SignInAsync();
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/secretariat/accounts")).EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetInt64();

        var refused = await Should.ThrowAsync<Exception>(() => alone.SendAsSystem(new RemoveSecretariatAccount.Command(me)));

        refused.Message.ShouldBe("Sekretariatets sidste konto kan ikke fjernes.");
        (await admin.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_accounts_page_adds_a_colleague()
    {
        var admin = await AdminAsync();

        var posted = await admin.PostFormAsync("/sekretariat/konti?handler=Add", new() { ["Name"] = "Side Kollega", ["Email"] = "side@sekretariat.test" });

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/sekretariat/konti")).ShouldContain("Side Kollega er oprettet");
        (await Mailbox.LatestToAsync(app, "side@sekretariat.test")).ShouldContain("/login/ny-adgangskode/");
    }

    [GeneratedRegex("/login/ny-adgangskode/([A-Za-z0-9_%-]+)")]
    private static partial Regex LinkPattern();
}
