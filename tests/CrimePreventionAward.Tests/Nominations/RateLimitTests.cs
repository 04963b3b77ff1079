using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using Microsoft.AspNetCore.Hosting;
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
}
