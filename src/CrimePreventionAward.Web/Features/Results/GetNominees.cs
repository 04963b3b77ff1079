using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>The nominees with their justifications: the edition's jurors see them at once, the public from the shortlist's time.</summary>
public static class GetNominees
{
    [Public]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(int Year, string Name, DateTimeOffset AnnounceAt, IReadOnlyList<Nominee> Nominees);

    public sealed record Nominee(long NominationId, string? Reference, string Name, string? CandidateName, string? Organisation, string Justification);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) =>
            await LoadAsync(db, user, await EditionFacts.LoadAsync(db, q.Year, ct), clock.GetUtcNow(), ct);
    }

    /// <summary>The nominees as the caller may see them at <paramref name="now"/>; not found while they are not.</summary>
    internal static async Task<Result> LoadAsync(Db db, ICurrentUser user, EditionFacts edition, DateTimeOffset now, CancellationToken ct)
    {
        var insider = user.IsInRole(Roles.Secretariat)
            || (user.IsInRole(Roles.Juror) && await JuryAccess.ActiveJurorIdAsync(db, user, edition.Year, now, ct) is not null);
        if (edition.ShortlistAt is not { } at || !(insider || edition.NomineesPublic(now)))
            throw new NotFoundException($"De nominerede for {edition.Year} er ikke offentliggjort endnu.");
        var shortlist = await BallotData.ShortlistAsync(db, edition.Year, ct);
        return new Result(edition.Year, edition.Name, at, shortlist.Select(ToNominee).ToList());
    }

    public static Nominee ToNominee(ShortlistRow s) =>
        new(s.NominationId, s.Reference, s.DisplayName, s.CandidateName, s.Organisation, s.Justification);
}
