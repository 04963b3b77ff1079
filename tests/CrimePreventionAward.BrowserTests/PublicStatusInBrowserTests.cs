using System.Text.RegularExpressions;
using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.BrowserTests;

/// <summary>Walks one edition through every phase, so it has its own server and clock.</summary>
public sealed class PublicStatusInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string[] PublicPages = ["/", "/indstil", "/nominerede", "/vinder", "/arkiv", "/prisoverraekkelse"];
    private static readonly string[] InternalNames = ["Screening", "Kladde", "Nominerede fundet", "Vinder fundet"];

    [Fact]
    public async Task Public_status_texts_contain_no_internal_phase_name_at_any_phase()
    {
        var deadline = server.Clock.GetUtcNow().AddDays(5);
        await Editions.Build(2027).WithNominationDeadline(deadline).InPhase(Phase.NominationOpen).CreateAsync(server);
        var nominee = await server.SendAsSystem(new SubmitNomination.Command(new NominationFields
        {
            CandidateKind = "Project", CandidateName = "e-mærket", Title = "SIKKER SHOPPING", Organisation = "e-mærket",
            Municipality = "København", PoliceDistrict = "Københavns Politi", Description = "Røde advarselstrekanter.",
            DocumentedEffect = "Færre snydt.", Motivation = "Digitalt værktøj.", NominatorOrganisation = "TrygFonden",
            NominatorName = "Anne Andersen", NominatorEmail = "anne@tryg.test", NominatorPhone = "12345678", ConsentGiven = true,
        }) { Year = 2027, SubmissionKey = Guid.NewGuid() });
        var page = await server.NewPageAsync(360, 800);
        var seen = new List<string>();

        async Task CrawlAsync(string moment)
        {
            foreach (var path in PublicPages)
            {
                await page.GotoAsync(path);
                var text = await page.Locator("main").InnerTextAsync();
                foreach (var name in InternalNames.Where(n => Regex.IsMatch(text, $@"\b{n}\b")))
                    seen.Add($"{moment} {path}: {name}");
            }
            await page.GotoAsync("/");
            (await page.Locator("#public-status").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace(moment);
        }

        await CrawlAsync("open");
        await server.SendAsSystem(new ChangePhase.Command(2027, Phase.Screening, null));
        await server.SendAsSystem(new ScreenNomination.Command(nominee.Id, true, "Opfylder kriterierne"));
        await CrawlAsync("screening");
        await server.SendAsSystem(new ChangePhase.Command(2027, Phase.Scoring, null));
        await CrawlAsync("scoring");
        await server.SendAsSystem(new SetShortlist.Command(2027, [new(nominee.Id, "Et digitalt værktøj.")], server.Clock.GetUtcNow().AddHours(1)));
        await CrawlAsync("shortlisted, not public");
        server.Clock.Advance(TimeSpan.FromHours(2));
        await CrawlAsync("nominees public");
        foreach (var phase in new[] { Phase.FinalVote, Phase.Decided, Phase.Announced, Phase.Archived })
        {
            await server.SendAsSystem(new ChangePhase.Command(2027, phase, "Browsertest"));
            await CrawlAsync(phase.ToString());
        }
        await server.ScreenshotAsync(page, "offentlig-status-arkiveret-phone");

        seen.ShouldBeEmpty();
    }
}
