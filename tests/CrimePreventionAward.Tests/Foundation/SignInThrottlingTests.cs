using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>Sign-in abuse: guessing, spraying, timing, giant input, request floods and forged client addresses.</summary>
public sealed class SignInThrottlingTests(SignInThrottlingTests.Factory app) : IClassFixture<SignInThrottlingTests.Factory>
{
    public const string Proxy = "10.0.0.1";

    public sealed class Factory : AwardFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SignInPerMinute", "12");
            builder.UseSetting("ForwardedHeaders:KnownProxies", Proxy);
        }
    }

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password });

    [Fact]
    public async Task Guessing_a_password_slows_the_account_down_but_never_locks_its_owner_out()
    {
        var attacker = app.ClientFrom("203.0.113.1");
        for (var i = 0; i < 8; i++)
        {
            (await SignIn(attacker, AwardFactory.AdminEmail, $"gæt-{i}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            app.Clock.Advance(SignInThrottle.PerAccount.MaxDelay);
        }
        (await SignIn(attacker, AwardFactory.AdminEmail, "gæt-8")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignIn(attacker, AwardFactory.AdminEmail, "gæt-9")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        app.Clock.Advance(SignInThrottle.PerAccount.MaxDelay);
        (await SignIn(app.ClientFrom("198.51.100.7"), AwardFactory.AdminEmail, AwardFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Spraying_many_accounts_from_one_address_slows_that_address_only()
    {
        var sprayer = app.ClientFrom("203.0.113.2");
        for (var i = 0; i < SignInThrottle.PerClient.FreeFailures; i++)
            (await SignIn(sprayer, $"person{i}@spray.test", "Sommer2026!")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var refused = await SignIn(sprayer, "endnu.en@spray.test", "Sommer2026!");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.ProblemAsync()).GetProperty("title").GetString().ShouldBe(SignInThrottle.Message);
        (await SignIn(app.ClientFrom("203.0.113.3"), "endnu.en@spray.test", "Sommer2026!")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_address_takes_as_long_to_refuse_as_a_wrong_password()
    {
        var known = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                known.Add(await TimedAsync(SignIn(app.ClientFrom($"192.0.2.{10 + i}"), AwardFactory.AdminEmail, $"forkert-{i}")));
                unknown.Add(await TimedAsync(SignIn(app.ClientFrom($"192.0.2.{20 + i}"), $"findes.ikke{i}@test.dk", $"forkert-{i}")));
                app.Clock.Advance(SignInThrottle.PerAccount.MaxDelay);
            }
        }
        finally
        {
            app.Clock.Advance(SignInThrottle.PerAccount.MaxDelay); // the other tests sign in as the same account
        }
        // The password hash dominates a refusal; without it an unknown address answered some fifty times faster.
        // Medians and a wide margin, as the machine may be busy with other work.
        Median(unknown).ShouldBeGreaterThan(Median(known) / 3, $"known {string.Join(", ", known)}; unknown {string.Join(", ", unknown)}");
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static async Task<TimeSpan> TimedAsync(Task<HttpResponseMessage> request)
    {
        var watch = Stopwatch.StartNew();
        (await request).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        return watch.Elapsed;
    }

    [Fact]
    public async Task A_giant_email_is_refused_before_anything_is_stored()
    {
        var before = await CountsAsync();
        // Long enough to be absurd, short enough to pass the API's body limit and reach validation.
        var response = await SignIn(app.ClientFrom("203.0.113.4"), new string('a', 100_000) + "@test.dk", "kodeord");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("email")[0].GetString().ShouldBe("E-mailadressen må højst have 254 tegn.");
        (await CountsAsync()).ShouldBe(before);
    }

    private Task<(long Attempts, long Audit)> CountsAsync() => app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<Db>();
        return (await db.ScalarAsync<long>("SELECT COUNT(*) FROM SignInAttempts"), await db.ScalarAsync<long>("SELECT COUNT(*) FROM AuditLog"));
    });

    [Fact]
    public async Task Sign_in_posts_are_limited_per_client_on_the_api_and_the_form()
    {
        var flooder = app.ClientFrom("203.0.113.5");
        var token = await flooder.AntiforgeryTokenAsync("/login");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 13 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await flooder.PostAsJsonAsync("/api/auth/logout", new { });
        last!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        last.Headers.RetryAfter.ShouldNotBeNull();
        (await last.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("For mange");
        (await flooder.PostAsJsonAsync("/api/auth/link", new { email = "juror@matrix.test" })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        var form = await flooder.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = AwardFactory.AdminEmail, ["Password"] = AwardFactory.AdminPassword, ["__RequestVerificationToken"] = token,
        }));
        form.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await app.ClientFrom("203.0.113.6").GetAsync("/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignIn(app.ClientFrom("203.0.113.6"), AwardFactory.AdminEmail, AwardFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_client_address_comes_from_a_forwarded_header_only_through_a_known_proxy()
    {
        var viaProxy = app.ClientFrom(Proxy);
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");
        (await SignIn(viaProxy, "via.proxy@test.dk", "forkert")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var forged = app.ClientFrom("10.0.0.2");
        forged.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.51");
        (await SignIn(forged, "forfalsket@test.dk", "forkert")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await AddressOfAsync("via.proxy@test.dk")).ShouldBe("203.0.113.50");
        (await AddressOfAsync("forfalsket@test.dk")).ShouldBe("10.0.0.2");
    }

    private Task<string?> AddressOfAsync(string email) => app.WithScope(sp =>
        sp.GetRequiredService<Db>().ScalarAsync<string>("SELECT ClientAddress FROM SignInAttempts WHERE Email = @Email", new { Email = email }));
}
