using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>The signed-in juror's own ballot form: the nominees, the juror's current ranks and conflicts.</summary>
public static class GetBallot
{
    [Authorise(Roles.Juror)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(int Year, string Name, Phase Phase, DateTimeOffset Deadline, bool Open, IReadOnlyList<Nominee> Nominees, bool HasVoted);

    /// <summary>Rank is the juror's current place for it (null if not ranked).</summary>
    public sealed record Nominee(long NominationId, string Name, string? CandidateName, string? Organisation, string Justification, bool Conflicted, int? Rank);


    private const string Ranks = """
        SELECT r.NominationId, r.Rank FROM Ballots b JOIN BallotRanks r ON r.BallotId = b.Id
        WHERE b.Year = @Year AND b.JurorId = @JurorId
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var juror = await JuryAccess.ActiveJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct)
                ?? throw new ForbiddenException($"Du er ikke jurymedlem for {q.Year}.");
            var edition = await EditionFacts.LoadAsync(db, q.Year, ct);
            var shortlist = await BallotData.ShortlistAsync(db, q.Year, ct);
            var conflicts = (await ConflictRules.EditionPairsAsync(db, q.Year, ct)).Where(c => c.JurorId == juror).Select(c => c.NominationId).ToHashSet();
            var ranks = (await db.QueryAsync<RankRow>(Ranks, new { q.Year, JurorId = juror }, ct)).ToDictionary(r => r.NominationId, r => r.Rank);
            var open = edition.Phase == Phase.FinalVote && clock.GetUtcNow() < edition.FinalVoteDeadline;
            return new Result(q.Year, edition.Name, edition.Phase, edition.FinalVoteDeadline, open,
                shortlist.Select(s => new Nominee(s.NominationId, s.DisplayName, s.CandidateName, s.Organisation, s.Justification,
                    conflicts.Contains(s.NominationId), ranks.TryGetValue(s.NominationId, out var r) ? r : null)).ToList(),
                ranks.Count > 0);
        }
    }

    private sealed class RankRow
    {
        public long NominationId { get; init; }
        public int Rank { get; init; }
    }
}
