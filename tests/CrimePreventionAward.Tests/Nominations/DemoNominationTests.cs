using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Nominations;
using Microsoft.AspNetCore.Hosting;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class DemoNominationTests(DemoNominationTests.Factory app) : IClassFixture<DemoNominationTests.Factory>
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
    public async Task Demo_2020_has_the_three_submitted_eligible_nominees()
    {
        var rows = await app.SendAsSystem(new ListNominations.Query(2020));
        rows.Select(r => r.CandidateName).ShouldBe(["Lommevending til Behandling", "Hvem Styrer Orkesteret (HSO)", "SIKKER SHOPPING"]);
        rows.Select(r => r.Reference).ShouldBe(["KP-2020-001", "KP-2020-002", "KP-2020-003"]);
        rows.ShouldAllBe(r => r.Status == "Submitted" && r.Eligibility == "Eligible");
        var first = await app.SendAsSystem(new GetNomination.Query(rows[0].Id, null, null));
        first.Description!.ShouldContain("Brydehuset");
        first.NominatorName.ShouldBe("Ditte Wesley");
    }

    [Fact]
    public async Task Demo_2020_nominees_are_public_with_justifications_and_no_winner_is_invented()
    {
        var client = app.Client();
        var nominees = await client.GetStringAsync("/nominerede?aar=2020");
        nominees.ShouldContain("Lommevending til Behandling");
        nominees.ShouldContain("Hvem Styrer Orkesteret");
        nominees.ShouldContain("SIKKER SHOPPING");
        nominees.ShouldContain("røde advarselstrekanter");
        (await client.GetAsync("/api/editions/2020/winner")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await client.GetStringAsync("/arkiv")).ShouldContain("SIKKER SHOPPING");
    }
}
