using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CrimePreventionAward.Tests.Ceremony;

public sealed class DemoCeremonyTests(DemoCeremonyTests.Factory app) : IClassFixture<DemoCeremonyTests.Factory>
{
    public sealed class Factory : AwardFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "true");
        }
    }

    [Fact]
    public async Task The_demo_has_the_2020_ceremony_where_the_Minister_of_Justice_hands_over_the_prize()
    {
        var json = await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2020/ceremony");
        json.GetProperty("startsAt").GetString().ShouldBe("2020-11-10T14:00:00+01:00");
        json.GetProperty("presenter").GetString().ShouldBe("Justitsminister Nick Hækkerup");
        json.GetProperty("prizeAmountDkk").GetInt32().ShouldBe(50_000);
        json.GetProperty("venue").GetString()!.ShouldContain("demodata");
        json.GetProperty("programme").GetArrayLength().ShouldBeGreaterThan(3);

        var ics = await app.Client().GetStringAsync("/api/editions/2020/ceremony.ics");
        ics.ShouldContain("DTSTART;TZID=Europe/Copenhagen:20201110T140000\r\n");
        (await app.Client().GetStringAsync("/prisoverraekkelse?aar=2020")).ShouldContain("Nick Hækkerup");
    }
}
