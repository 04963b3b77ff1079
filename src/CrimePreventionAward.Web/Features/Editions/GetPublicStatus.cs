using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// What the public reads about an edition: what happens now and the date of the next public step, in plain words,
/// never the internal phase name. Until the nominees are public every jury phase reads the same (least knowledge),
/// and until the winner is public the decided phases read like the vote.
/// </summary>
public static class GetPublicStatus
{
    [Public]
    public sealed record Query(int Year) : IQuery<Result>;

    /// <summary>A text key (Danish) and its values, translated by the page.</summary>
    public sealed record Sentence(string Text, params string[] Values);

    public sealed record Result(Sentence Now, Sentence Next);

    public const string Preparing = "Prisuddelingen er under forberedelse.";
    public const string OpensAt = "Der åbnes for indstillinger {0}.";
    public const string Open = "Alle kan indstille en kandidat til prisen.";
    public const string DeadlineAt = "Fristen for indstillinger er {0}.";
    public const string Screening = "Fristen for indstillinger er udløbet, og indstillingerne gennemgås.";
    public const string Judging = "Juryen bedømmer indstillingerne.";
    public const string NomineesAt = "De nominerede offentliggøres {0}.";
    public const string NomineesBeforeCeremony = "De nominerede offentliggøres inden prisoverrækkelsen {0}.";
    public const string NomineesOut = "De nominerede er offentliggjort.";
    public const string WinnerAtCeremony = "Vinderen offentliggøres ved prisoverrækkelsen {0}.";
    public const string WinnerOut = "Vinderen er offentliggjort.";
    public const string HandedOver = "Prisen blev overrakt {0}.";

    private const string Window = $"""
        SELECT NominationOpensAt, NominationDeadline FROM Editions WHERE Year = @Year AND {CurrentEdition.VisibleSql}
        """;

    private sealed class NominationWindow
    {
        public DateTimeOffset NominationOpensAt { get; init; }
        public DateTimeOffset NominationDeadline { get; init; }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var window = await db.QuerySingleOrDefaultAsync<NominationWindow>(Window, new { q.Year, SeesDrafts = CurrentEdition.SeesDrafts(user) }, ct)
                ?? throw new NotFoundException($"Prisuddelingen {q.Year} findes ikke.");
            return Of(await EditionFacts.LoadAsync(db, q.Year, ct), window.NominationOpensAt, window.NominationDeadline, clock.GetUtcNow());
        }
    }

    public static Result Of(EditionFacts e, DateTimeOffset opensAt, DateTimeOffset deadline, DateTimeOffset now)
    {
        var ceremony = DanishTime.FormatDate(e.CeremonyAt);
        if (e.WinnerPublic(now) || e.Phase == Phase.Archived) return new(new(WinnerOut), new(HandedOver, ceremony));
        if (e.NomineesPublic(now)) return new(new(NomineesOut), new(WinnerAtCeremony, ceremony));
        var nominees = e.ShortlistAt is { } at ? new Sentence(NomineesAt, DanishTime.FormatDate(at)) : new Sentence(NomineesBeforeCeremony, ceremony);
        return e.Phase switch
        {
            Phase.Draft => new(new(Preparing), new(OpensAt, DanishTime.FormatDate(opensAt))),
            Phase.NominationOpen when now <= deadline => new(new(Open), new(DeadlineAt, DanishTime.Format(deadline))),
            Phase.NominationOpen or Phase.Screening => new(new(Screening), nominees),
            _ => new(new(Judging), nominees),
        };
    }
}
