using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>The signed-in juror's own list: every eligible nomination, how far they are, and their declared conflicts.</summary>
public static class ListMyNominations
{
    [Authorise(Roles.Juror)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(int Year, string EditionName, Phase Phase, DateTimeOffset ScoringDeadline, bool ScoringOpen,
        string JurorName, int Scored, int ToScore, IReadOnlyList<Item> Nominations, IReadOnlyList<OwnConflict> Conflicts)
    {
        /// <summary>The next nomination in the list after the given one (round to the start) that the juror has yet to finish.</summary>
        public Item? NextToScore(long after)
        {
            var list = Nominations.ToList();
            var at = list.FindIndex(n => n.Id == after);
            return list.Skip(at + 1).Concat(list.Take(at + 1))
                .FirstOrDefault(n => n.Id != after && n.State is SheetState.NotStarted or SheetState.Started);
        }
    }

    public sealed record Item(long Id, string? Reference, string? Title, string? CandidateName, string? Organisation, SheetState State);

    public sealed record OwnConflict(long? NominationId, string? NominationTitle, string? Organisation, string Reason);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query q, CancellationToken ct) => LoadAsync(db, user, clock, q.Year, ct);
    }

    internal static async Task<Result> LoadAsync(Db db, ICurrentUser user, TimeProvider clock, int year, CancellationToken ct)
    {
        var edition = await JuryAccess.EditionAsync(db, year, ct);
        var jurorId = await JuryAccess.CurrentJurorIdAsync(db, user, year, clock.GetUtcNow(), ct);
        var board = await JuryBoard.LoadAsync(db, year, ct);
        var me = board.JurorList.Single(j => j.Id == jurorId);
        var items = board.NominationList
            .Select(n => new Item(n.Id, n.Reference, n.Title, n.CandidateName, n.Organisation, board.State(jurorId, n.Id)))
            .ToList();
        var (scored, toScore) = board.ForJuror(jurorId);
        var conflicts = (await db.QueryAsync<ConflictView>(ListConflicts.Select, new { Year = year, JurorId = jurorId }, ct))
            .Select(c => new OwnConflict(c.NominationId, c.NominationTitle, c.Organisation, c.Reason)).ToList();
        return new Result(year, edition.Name, edition.Phase, edition.ScoringDeadline, edition.ScoringOpen(clock.GetUtcNow()),
            me.Name, scored, toScore, items, conflicts);
    }
}
