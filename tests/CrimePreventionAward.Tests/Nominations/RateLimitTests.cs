using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class RateLimitTests(RateLimitTests.Factory app) : IClassFixture<RateLimitTests.Factory>
{
    public sealed class Factory : AwardFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:NominationsPerMinute", "3");
            builder.UseSetting("RateLimits:AnonymousMailsPerRecipientPerHour", "2");
        }
    }

    [Fact]
    public async Task Too_many_anonymous_submissions_from_one_address_get_a_Danish_429()
    {
        await Editions.CreateOpenAsync(app, 2091);
        for (var i = 0; i < 3; i++) await SubmitOverApiAsync(app.Client(), 2091, Fields($"Kandidat {i}"));
        var refused = await app.Client().PostAsJsonAsync("/api/editions/2091/nominations", Fields("Kandidat 4"));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Du har sendt for mange indstillinger på kort tid. Vent et minut, og prøv igen.");

        var page = await PostPageAsync(app.Client(), "/indstil?aar=2091", "/indstil?aar=2091&handler=Submit", Form(Fields()));
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync()).ShouldContain("For mange forsøg");

        (await app.Client().GetAsync("/indstil?aar=2091")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_trailing_slash_does_not_escape_the_limit_on_the_api_or_the_form()
    {
        await Editions.CreateOpenAsync(app, 2092);
        var api = app.ClientFrom("203.0.113.20");
        for (var i = 0; i < 3; i++)
            (await api.PostAsJsonAsync("/api/editions/2092/nominations/", Fields($"Kandidat {i}"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await api.PostAsJsonAsync("/api/editions/2092/nominations/", Fields("Kandidat 4"))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        var form = app.ClientFrom("203.0.113.21");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var fields = Form(Fields($"Formular {i}"));
            fields["SubmissionKey"] = Guid.NewGuid().ToString();
            answers.Add((await PostPageAsync(form, "/indstil/?aar=2092", "/indstil/?aar=2092&handler=Submit", fields)).StatusCode);
        }
        answers.ShouldBe([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task Anonymous_requests_get_an_address_only_a_few_mails_an_hour()
    {
        await Editions.CreateOpenAsync(app, 2093);
        var victim = Fields() with { NominatorEmail = "offer@indbakke.test" };
        for (var i = 0; i < 3; i++)
            await SubmitOverApiAsync(app.ClientFrom($"203.0.113.{30 + i}"), 2093, victim with { CandidateName = $"Kandidat {i}" });
        (await MailsToAsync("OFFER@indbakke.test")).ShouldBe(2);

        app.Clock.Advance(TimeSpan.FromHours(1));
        await SubmitOverApiAsync(app.ClientFrom("203.0.113.33"), 2093, victim with { NominatorEmail = "Offer@Indbakke.test" });
        (await MailsToAsync("offer@indbakke.test")).ShouldBe(3);
    }

    private Task<long> MailsToAsync(string address) => app.WithScope(sp => sp.GetRequiredService<Db>()
        .ScalarAsync<long>("SELECT COUNT(*) FROM MailOutbox WHERE LOWER(ToAddress) = LOWER(@Address)", new { Address = address }));
}
