using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The final votes open to the signed-in juror right now, and whether they have voted in each: what the jury page
/// and the menu point to, so a juror finds the ballot by links alone.
/// </summary>
public static class ListMyOpenVotes
{
    [Authorise(Roles.Juror)]
    public sealed record Query : IQuery<IReadOnlyList<OpenVote>>;

    public sealed record OpenVote(int Year, DateTimeOffset Deadline, bool HasVoted);

    // "Open" is the rule CastBallot enforces: the FinalVote phase and its deadline not passed.
    private const string Sql = $"""
        SELECT e.Year, e.FinalVoteDeadline AS Deadline,
               CASE WHEN EXISTS (SELECT 1 FROM Ballots b JOIN BallotRanks r ON r.BallotId = b.Id WHERE b.Year = e.Year AND b.JurorId = j.Id)
                    THEN 1 ELSE 0 END AS HasVoted
        FROM Jurors j JOIN Editions e ON e.Year = j.Year
        WHERE j.UserId = @UserId AND {JuryAccess.Active} AND e.Phase = 'FinalVote' AND e.FinalVoteDeadline > @Now
        ORDER BY e.Year DESC
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<OpenVote>>
    {
        public Task<IReadOnlyList<OpenVote>> Handle(Query q, CancellationToken ct) => LoadAsync(db, user, clock, ct);
    }

    internal static async Task<IReadOnlyList<OpenVote>> LoadAsync(Db db, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        (await db.QueryAsync<Row>(Sql, new { user.UserId, Now = clock.GetUtcNow() }, ct))
            .Select(r => new OpenVote(r.Year, r.Deadline, r.HasVoted == 1)).ToList();

    private sealed class Row
    {
        public int Year { get; init; }
        public DateTimeOffset Deadline { get; init; }
        public int HasVoted { get; init; }
    }
}
