using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Results;

/// <summary>The public reads a nominee by the candidate's name with the initiative's title under it; tables stack on a phone. Moves the clock.</summary>
public sealed class NomineeNamesTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Nominees_show_the_candidates_name_with_the_initiatives_title_under_it()
    {
        await Editions.Deciding(2096).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var nominee = await new Nomination(2096)
        {
            Title = "Trygge nattebusser", CandidateName = "Movia", Organisation = "Movia", NominatorOrganisation = "Movia",
        }.InsertAsync(app.Services);
        await app.SendAsSystem(new SetShortlist.Command(2096, [new(nominee, "Færre overfald om natten.")], app.Clock.GetUtcNow().AddMinutes(1)));
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var page = await app.Client().GetStringAsync("/nominerede?aar=2096");

        page.ShouldContain("<span class=\"candidate-name\">Movia</span> <span class=\"candidate-title\">Trygge nattebusser</span>");
    }

    [Fact]
    public async Task Every_cell_of_a_table_carries_its_column_heading_for_the_stacked_phone_layout()
    {
        var at = new DateTimeOffset(2097, 11, 10, 13, 0, 0, TimeSpan.Zero);
        await Editions.Build(2097).WithCeremonyAt(at).InPhase(Phase.NominationOpen).CreateAsync(app);
        var admin = await app.SecretariatAsync();
        (await admin.PutAsJsonAsync("/api/editions/2097/ceremony", new
        {
            startsAt = at, venue = "Eigtveds Pakhus", address = "Asiatisk Plads 2", presenter = "Justitsministeren", prizeAmountDkk = 50_000,
            version = 0, programme = new[] { new { startsAt = at, title = "Velkomst", speaker = "Formanden" } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await app.Client().GetStringAsync("/prisoverraekkelse?aar=2097");

        page.ShouldContain("<td data-label=\"Kl.\">14.00</td><td data-label=\"Programpunkt\">Velkomst</td><td data-label=\"Ved\">Formanden</td>");
    }
}
