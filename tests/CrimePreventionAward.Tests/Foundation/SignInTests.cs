using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Auth;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class SignInTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Theory]
    [InlineData("/sekretariat")]
    [InlineData("/hangfire")]
    public async Task Anonymous_visitor_is_sent_to_login_from_secretariat_pages(string url)
    {
        var response = await app.Client().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("https://localhost/login?ReturnUrl=");
    }

    [Fact]
    public async Task Anonymous_call_to_a_secretariat_command_gets_401()
    {
        var response = await app.Client().PostAsJsonAsync("/api/editions", Editions.Build(2040).Command);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/sekretariat")]
    [InlineData("/hangfire")]
    public async Task Secretariat_signs_in_and_sees_its_pages(string url)
    {
        var client = await app.SecretariatAsync();
        (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Secretariat_signs_in_through_the_login_form_with_antiforgery()
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/login");
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = AwardFactory.AdminEmail, ["Password"] = AwardFactory.AdminPassword, ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/sekretariat");
    }

    [Fact]
    public async Task Login_form_without_antiforgery_token_is_refused()
    {
        var response = await app.Client().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = AwardFactory.AdminEmail, ["Password"] = AwardFactory.AdminPassword,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Wrong_password_on_the_form_shows_a_Danish_error_next_to_the_field()
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/login");
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "someone@test.dk", ["Password"] = "forkert", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Forkert e-mail eller adgangskode.");
        html.ShouldContain("value=\"someone@test.dk\"");
    }

    [Fact]
    public async Task Juror_calling_a_secretariat_command_gets_403()
    {
        await Editions.Build(2042).CreateAsync(app);
        await Jurors.Build(2042, "Jurymedlem").WithEmail("juror@test.dk").WithPassword("Juror-Password-1").SeatAsync(app);
        var client = app.Client();
        await client.SignInAsync("juror@test.dk", "Juror-Password-1");
        (await client.PostAsJsonAsync("/api/editions", Editions.Build(2041).Command)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_are_throttled()
    {
        var client = app.Client();
        for (var i = 0; i < SignInThrottle.PerAccount.FreeFailures; i++)
            (await client.PostAsJsonAsync("/api/auth/login", new { email = "victim@test.dk", password = $"guess{i}" }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var throttled = await client.PostAsJsonAsync("/api/auth/login", new { email = "victim@test.dk", password = "guess" });
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await throttled.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("For mange");

        app.Clock.Advance(SignInThrottle.PerAccount.MaxDelay);
        (await client.PostAsJsonAsync("/api/auth/login", new { email = "victim@test.dk", password = "guess" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
