using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Nominations;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class YearOverviewTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Year_page_shows_the_timeline_what_is_due_what_blocks_it_and_counts_as_charts_with_tables()
    {
        await Editions.CreateOpenAsync(app, 2141, app.Clock.GetUtcNow().AddDays(5));
        var first = (await SubmitOverApiAsync(app.Client(), 2141, Fields("Natteravne"))).GetProperty("id").GetInt64();
        await SubmitOverApiAsync(app.Client(), 2141, Fields("Gadeplan") with { PoliceDistrict = "Fyns Politi", CandidateKind = "Group" });
        await SubmitOverApiAsync(app.Client(), 2141, Fields("Skolebetjent"));
        await app.SendAsSystem(new ScreenNomination.Command(first, true, "Opfylder kriterierne"));
        await Jurors.Build(2141, "Karen <Jensen>").WithEmail("karen@jury.test").From("Vejle Kommune").InviteAsync(app);
        var secretariat = await app.SecretariatAsync();

        var html = await secretariat.GetStringAsync("/sekretariat/2141");

        html.ShouldContain("<li class=\"current\" aria-current=\"step\">\n            <strong>Åben for indstillinger</strong>");
        html.ShouldContain("Næste frist: Åben for indstillinger slutter");
        html.ShouldContain("<a href=\"/sekretariat/2141/indstillinger?Status=Submitted&amp;Screening=Unscreened\">2 indstillinger mangler screening</a>");
        html.ShouldContain("indstillingerne lukker om 5 dage");
        html.ShouldContain("3 indsendt, 0 kladder, 0 trukket tilbage. Screening: 1 opfylder, 0 opfylder ikke, 2 mangler.");
        html.ShouldContain("<title id=\"per-district-chart-title\">Indsendte indstillinger pr. politikreds</title>");
        html.ShouldContain("Fyns Politi</a></td><td data-label=\"Indsendt\">1</td>");
        html.ShouldContain("Københavns Vestegns Politi</a></td><td data-label=\"Indsendt\">2</td>");
        html.ShouldContain("<tr><td data-label=\"Type\">En gruppe (institution, forening, klub …)</td><td data-label=\"Indsendt\">1</td></tr>");
        html.ShouldContain("<title id=\"per-day-title\">Indsendte indstillinger pr. dag frem mod fristen</title>");
        html.ShouldContain("<tr><td data-label=\"Jurymedlem\">Karen &lt;Jensen&gt;</td><td data-label=\"Bedømt\">0</td><td data-label=\"Skal bedømme\">1</td></tr>");
        html.ShouldNotContain("<Jensen>");

        await app.SendAsSystem(new ChangePhase.Command(2141, Phase.Screening, null));
        var screening = await secretariat.GetStringAsync("/sekretariat/2141");
        screening.ShouldContain("<a href=\"/sekretariat/2141/jury\">1 jurymedlemmer mangler 1 bedømmelser</a>");
        screening.ShouldNotContain("indstillingerne lukker om");

        (await secretariat.GetStringAsync("/sekretariat")).ShouldContain("href=\"/sekretariat/2141\"");
        (await app.Client().GetAsync("/sekretariat/2141")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await secretariat.GetAsync("/sekretariat/2142")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
