using System.Globalization;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Demo;

/// <summary>
/// A fictional edition carried from nominations to a published winner through the same commands the secretariat, the
/// nominators and the jurors use (each juror acting as themselves), so its audit chain and decision record are
/// genuine and recount to the same winner. Its year is <see cref="CurrentEdition.DemoYear"/>, which is never the
/// current edition; its deadlines lie around the day it is seeded, its ceremony two months later, and the winner is
/// published at once with a recorded reason, so every page has content and the demo juror can still sign in.
/// </summary>
public sealed class DemoEdition(IMediator mediator, Db db, TimeProvider clock, IHttpContextAccessor http)
{
    public const int Year = CurrentEdition.DemoYear;
    public const string Name = "Demo – fiktiv prisuddeling";
    public const string JurorEmail = "demo.jury@eksempel.dk";

    private static readonly (string Name, string Email, bool Chair)[] Jury =
    [
        ("Jytte Jury (demo)", JurorEmail, true),
        ("Hans Habil (demo)", "demo.jury2@eksempel.dk", false),
        ("Ida Inhabil (demo)", "demo.jury3@eksempel.dk", false),
    ];

    /// <summary>Per juror, per eligible nomination, the value for each criterion; null where the juror is conflicted.</summary>
    private static readonly int[]?[][] Scores =
    [
        [[4, 4, 4, 3, 4], [5, 4, 5, 4, 5], [4, 3, 4, 3, 4], [3, 3, 2, 4, 3]],
        [[5, 5, 4, 4, 5], [4, 4, 4, 5, 4], [3, 4, 3, 3, 3], [3, 2, 3, 3, 2]],
        [null, [4, 5, 4, 4, 4], [4, 4, 3, 4, 3], [2, 3, 3, 3, 3]],
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ceremony = DanishTime.FromLocal(DanishTime.ToLocal(now).Date.AddDays(60).AddHours(14));
        await mediator.Send(new CreateEdition.Command(Year, Name, 50_000, now.AddDays(-30), now.AddDays(1), now.AddDays(2), now.AddDays(3), ceremony), ct);
        await SaveCeremonyAsync(ceremony, ct);
        await MoveAsync(Phase.NominationOpen, ct);
        var nominations = new List<long>();
        foreach (var fields in DemoNominations.All)
            nominations.Add((await mediator.Send(new SubmitNomination.Command(fields) { Year = Year, SubmissionKey = Guid.NewGuid() }, ct)).Id);

        await MoveAsync(Phase.Screening, ct);
        var eligible = nominations.Take(nominations.Count - 1).ToList();
        foreach (var id in eligible)
            await mediator.Send(new ScreenNomination.Command(id, true, "Opfylder kriterierne (demodata)."), ct);
        await mediator.Send(new ScreenNomination.Command(nominations[^1], false, "En sommerfest er ikke en kriminalpræventiv indsats (demodata).", true), ct);

        await mediator.Send(new EnsureDefaultCriteria.Command(Year), ct);
        var jurors = new List<SignedInUser>();
        foreach (var (name, email, chair) in Jury)
            jurors.Add(await JurorAsync(await mediator.Send(new InviteJuror.Command(Year, name, email, "Det Kriminalpræventive Råd (demo)", chair), ct), ct));
        await MoveAsync(Phase.Scoring, ct);
        await AsAsync(jurors[2], () => mediator.Send(
            new DeclareConflict.Command(Year, eligible[0], null, "Har været frivillig i foreningen (demodata)."), ct));
        await ScoreAsync(jurors, eligible, ct);

        var shortlist = eligible.Take(3).ToList();
        await mediator.Send(new SetShortlist.Command(Year,
            shortlist.Select(id => new SetShortlist.Entry(id, "Nomineret i demoen: en fiktiv indsats med målbar effekt (demodata).")).ToList(), now), ct);
        await MoveAsync(Phase.FinalVote, ct);
        // The chair and the second juror disagree about the top two; the third is conflicted on the first nominee.
        long[][] ballots = [[shortlist[1], shortlist[0], shortlist[2]], [shortlist[0], shortlist[1], shortlist[2]], [shortlist[1], shortlist[2]]];
        for (var i = 0; i < jurors.Count; i++)
            await AsAsync(jurors[i], () => mediator.Send(new CastBallot.Command(Year, ballots[i]), ct));

        const string justification = "Juryen fremhæver det tværfaglige samarbejde og den dokumenterede effekt (demodata).";
        await mediator.Send(new RecordDecision.Command(Year, justification), ct);
        await mediator.Send(new SetAnnouncement.Command(Year, now, justification, ConfirmEarly: true,
            EarlyReason: "Demodata: vinderen vises med det samme, så demoen har en offentliggjort vinder."), ct);
        await mediator.Send(new PublishDueAnnouncements.Command(), ct);
        await InviteGuestsAsync(ct);
    }

    private async Task ScoreAsync(IReadOnlyList<SignedInUser> jurors, IReadOnlyList<long> nominations, CancellationToken ct)
    {
        var criteria = await mediator.Send(new GetCriteria.Query(Year), ct);
        for (var j = 0; j < jurors.Count; j++)
            for (var n = 0; n < nominations.Count; n++)
                if (Scores[j][n] is { } values)
                {
                    var sheet = criteria.Select((c, i) => (c.Id, Value: values[i % values.Length]))
                        .ToDictionary(x => x.Id.ToString(CultureInfo.InvariantCulture), x => (string?)x.Value.ToString(CultureInfo.InvariantCulture));
                    var nomination = nominations[n];
                    await AsAsync(jurors[j], () => mediator.Send(new SaveScoreSheet.Command(Year, nomination, sheet, null), ct));
                }
    }

    private Task SaveCeremonyAsync(DateTimeOffset at, CancellationToken ct) => mediator.Send(new SaveCeremony.Command(
        Year, at, "Fiktivby Rådhus, festsalen (demodata)", "Eksempelvej 1, 9999 Fiktivby (demodata)", "Justitsministeren (demo)", 50_000,
        [
            new(at.AddMinutes(-30), "Ankomst og kaffe", null),
            new(at, "Velkomst", "Formanden for Det Kriminalpræventive Råd (demo)"),
            new(at.AddMinutes(20), "De nominerede fortæller om deres indsats", null),
            new(at.AddMinutes(50), "Prisen overrækkes", "Justitsministeren (demo)"),
            new(at.AddMinutes(70), "Reception", null),
        ], 0), ct);

    private async Task InviteGuestsAsync(CancellationToken ct)
    {
        await mediator.Send(new InviteGuest.Command(Year, "Anna Demo", "demo.indstiller1@eksempel.dk", "Fiktivby Lokalpoliti", GuestKind.Nominee), ct);
        await mediator.Send(new InviteGuest.Command(Year, "Justitsministeren (demo)", "demo.minister@eksempel.dk", null, GuestKind.Presenter), ct);
        await mediator.Send(new InviteGuest.Command(Year, "Pia Presse (demo)", "demo.presse@eksempel.dk", "Fiktivby Avis", GuestKind.Press), ct);
    }

    private Task MoveAsync(Phase phase, CancellationToken ct) => mediator.Send(new ChangePhase.Command(Year, phase, "Demodata"), ct);

    private const string JurorUser = """
        SELECT u.Id, u.Email, u.Name, u.Role, u.SecurityStamp FROM Jurors j JOIN Users u ON u.Id = j.UserId WHERE j.Id = @Id
        """;

    private async Task<SignedInUser> JurorAsync(InviteJuror.Result invited, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<SignedInUser>(JurorUser, new { invited.Id }, ct)
        ?? throw new InvalidOperationException("The invited demo juror has no user.");

    private Task AsAsync<T>(SignedInUser juror, Func<Task<T>> work) =>
        CurrentUser.AsPerson(http, AuthCookies.Principal(juror), work);
}
