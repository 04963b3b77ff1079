using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Privacy;

public sealed class PrivacyNoticeTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task The_notice_states_the_retention_the_job_applies()
    {
        await using var factory = new AwardFactory();
        await using var eighteen = factory.WithWebHostBuilder(b => b.UseSetting("Privacy:RetentionMonths", "18"));
        var html = WebUtility.HtmlDecode(await eighteen.CreateClient().GetStringAsync("/privatliv"));
        html.ShouldContain("slettes 18 måneder efter årets prisoverrækkelse");
    }

    [Fact]
    public async Task The_privacy_notice_says_what_why_how_long_and_whom_to_ask_in_Danish_and_English()
    {
        var visitor = app.Client();
        var danish = WebUtility.HtmlDecode(await visitor.GetStringAsync("/privatliv"));
        danish.ShouldContain("lang=\"da\"");
        foreach (var text in new[] { "Hvad vi gemmer", "Hvorfor", "Hvor længe", "12 måneder efter årets prisoverrækkelse", "Datatilsynet", $"version {ConsentText.Version}" })
            danish.ShouldContain(text);
        (await visitor.GetStringAsync("/")).ShouldContain("href=\"/privatliv\"");

        await visitor.UseEnglishAsync();
        var english = WebUtility.HtmlDecode(await visitor.GetStringAsync("/privatliv"));
        foreach (var text in new[] { "What we store", "For how long", "12 months after the year's award ceremony", "whom to ask", $"version {ConsentText.Version}" })
            english.ShouldContain(text);
        english.ShouldNotContain("Hvor længe");
    }

    [Fact]
    public async Task Each_nomination_stores_the_version_of_the_consent_text_its_nominator_accepted()
    {
        await Editions.CreateOpenAsync(app, 2120);
        (await app.Client().GetStringAsync("/indstil")).ShouldContain("href=\"/privatliv\"");
        var submitted = (await app.SendAsSystem(Submit(2120))).Id;
        var draft = (await app.SendAsSystem(new Web.Features.Nominations.SaveDraft.Command(Fields() with { ConsentGiven = false }) { Year = 2120 })).Id;

        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT ConsentVersion FROM Nominations WHERE Id = @Id", new { Id = submitted })))
            .ShouldBe(ConsentText.Version);
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT ConsentVersion FROM Nominations WHERE Id = @Id", new { Id = draft })))
            .ShouldBeNull();
    }
}
