using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>The public reads what happens now and the next public date, never an internal phase name. Moves the clock.</summary>
public sealed class PublicStatusTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static readonly string[] InternalNames = ["Screening", "Kladde", "Nominerede fundet", "Vinder fundet"];

    [Fact]
    public async Task Front_page_says_what_happens_now_and_when_the_next_public_step_is_at_every_phase_before_the_winner()
    {
        var deadline = app.Clock.GetUtcNow().AddDays(10);
        await Editions.CreateOpenAsync(app, 2095, deadline);
        var ceremony = DanishTime.FormatDate(deadline.AddDays(90));

        (await StatusAsync()).ShouldBe($"Alle kan indstille en kandidat til prisen. Fristen for indstillinger er {DanishTime.Format(deadline)}.");

        await app.SendAsSystem(new ChangePhase.Command(2095, Phase.Screening, null));
        (await StatusAsync()).ShouldBe($"Fristen for indstillinger er udløbet, og indstillingerne gennemgås. De nominerede offentliggøres inden prisoverrækkelsen {ceremony}.");

        await app.SendAsSystem(new ChangePhase.Command(2095, Phase.Scoring, null));
        (await StatusAsync()).ShouldBe($"Juryen bedømmer indstillingerne. De nominerede offentliggøres inden prisoverrækkelsen {ceremony}.");

        var nominee = await new Nomination(2095)
        {
            Title = "Trygge nattebusser", CandidateName = "Movia", Organisation = "Movia", NominatorOrganisation = "Movia",
        }.InsertAsync(app.Services);
        var announceAt = app.Clock.GetUtcNow().AddDays(3);
        await app.SendAsSystem(new SetShortlist.Command(2095, [new(nominee, "Færre overfald om natten.")], announceAt));
        // Shortlisted, but not public yet: it reads like the jury's work, so the phase itself tells nothing.
        (await StatusAsync()).ShouldBe($"Juryen bedømmer indstillingerne. De nominerede offentliggøres {DanishTime.FormatDate(announceAt)}.");

        app.Clock.Advance(TimeSpan.FromDays(3));
        (await StatusAsync()).ShouldBe($"De nominerede er offentliggjort. Vinderen offentliggøres ved prisoverrækkelsen {ceremony}.");
    }

    [Fact]
    public void The_status_sentence_names_no_internal_phase_at_any_phase_and_tells_the_winner_only_when_public()
    {
        var ceremony = new DateTimeOffset(2030, 11, 10, 13, 0, 0, TimeSpan.Zero);
        var before = ceremony.AddHours(-1);
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var facts = new EditionFacts { Year = 2030, Phase = phase, CeremonyAt = ceremony, ShortlistAt = ceremony.AddDays(-7), WinnerAt = ceremony };
            var status = GetPublicStatus.Of(facts, ceremony.AddDays(-200), ceremony.AddDays(-100), before);
            var text = $"{status.Now.Text} {status.Next.Text}";
            InternalNames.Where(name => Regex.IsMatch(text, $@"\b{name}\b")).ShouldBeEmpty(phase.ToString());
            if (phase is Phase.Decided or Phase.Announced) status.Now.Text.ShouldBe(GetPublicStatus.NomineesOut);
        }

        var decided = new EditionFacts { Year = 2030, Phase = Phase.Decided, CeremonyAt = ceremony, ShortlistAt = ceremony.AddDays(-7), WinnerAt = ceremony };
        GetPublicStatus.Of(decided, ceremony.AddDays(-200), ceremony.AddDays(-100), ceremony).Now.Text.ShouldBe(GetPublicStatus.WinnerOut);
    }

    private async Task<string> StatusAsync()
    {
        var html = await app.Client().GetStringAsync("/");
        var status = Regex.Match(html, "<p id=\"public-status\"[^>]*>(.*?)</p>", RegexOptions.Singleline);
        status.Success.ShouldBeTrue(html);
        InternalNames.Where(name => Regex.IsMatch(html, $@"\b{name}\b")).ShouldBeEmpty();
        return Regex.Replace(status.Groups[1].Value, @"\s+", " ").Trim();
    }
}
