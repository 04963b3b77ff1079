using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>The secretariat's overview: how far each juror is, how far each nomination is, and who has not started.</summary>
public static class GetJuryProgress
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(int Year, string EditionName, int Criteria, IReadOnlyList<JurorProgress> Jurors,
        IReadOnlyList<NominationProgress> Nominations, IReadOnlyList<string> NotStarted);

    public sealed record JurorProgress(long JurorId, string Name, string Email, string Organisation, bool IsChair,
        int Scored, int ToScore, int Conflicts, bool Started, ScoringProgress Progress);

    public sealed record NominationProgress(long NominationId, string? Reference, string? Title, int Scored, int ToScore, int ConflictedJurors, ScoringProgress Progress);

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Year, ct);
    }

    internal static async Task<Result> LoadAsync(Db db, int year, CancellationToken ct)
    {
        var edition = await JuryAccess.EditionAsync(db, year, ct);
        var board = await JuryBoard.LoadAsync(db, year, ct);
        var jurors = board.JurorList.Select(j =>
        {
            var (scored, toScore) = board.ForJuror(j.Id);
            var conflicts = board.NominationList.Count(n => board.State(j.Id, n.Id) == SheetState.Conflicted);
            return new JurorProgress(j.Id, j.Name, j.Email, j.Organisation, j.IsChair, scored, toScore, conflicts, board.HasStarted(j.Id), board.JurorProgress(j.Id));
        }).ToList();
        var nominations = board.NominationList.Select(n =>
        {
            var (scored, toScore) = board.ForNomination(n.Id);
            var conflicted = board.JurorList.Count(j => board.State(j.Id, n.Id) == SheetState.Conflicted);
            return new NominationProgress(n.Id, n.Reference, n.Title, scored, toScore, conflicted, board.NominationProgress(n.Id));
        }).ToList();
        return new Result(year, edition.Name, board.Criteria, jurors, nominations,
            jurors.Where(j => !j.Started).Select(j => j.Name).ToList());
    }
}
