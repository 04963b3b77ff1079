using CrimePreventionAward.Web.Domain.Voting;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Audit;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>What the decision protocol states: the edition, jury and conflicts (names, no scores), the shortlist, the
/// vote's matrices and tie-break steps, the winner, and the audit chain's head at the time of printing.</summary>
public static class GetDecisionProtocol
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Protocol>;

    public sealed record Juror(string Name, string Organisation, bool IsChair);
    public sealed record Conflict(string Juror, string Nomination);
    public sealed record Nominee(long Id, string Label, string Name, string Justification);

    public sealed record Protocol(int Year, string EditionName, DateTimeOffset CeremonyAt, IReadOnlyList<Juror> Jury,
        IReadOnlyList<Conflict> Conflicts, string Method, IReadOnlyList<Nominee> Shortlist, RecordDecision.Pairwise Pairwise,
        IReadOnlyList<TieBreakStep> TieBreaks, Nominee Winner, string Justification, string DecidedBy, DateTimeOffset DecidedAt,
        string? AuditHead);

    public sealed class Handler(Db db) : IRequestHandler<Query, Protocol>
    {
        public async Task<Protocol> Handle(Query q, CancellationToken ct)
        {
            var decision = await DecisionRecord.LoadAsync(db, q.Year, ct)
                ?? throw new NotFoundException($"Der er ingen afgørelse for {q.Year}.");
            var edition = await EditionFacts.LoadAsync(db, q.Year, ct);
            var conflicts = await DecisionRecord.LoadConflictsAsync(db, q.Year, ct);
            var tally = await TallyData.LoadAsync(db, q.Year, conflicts, ct);
            var shortlist = (await BallotData.ShortlistAsync(db, q.Year, ct))
                .Select(s => new Nominee(s.NominationId, s.Reference ?? $"#{s.NominationId}", s.DisplayName, s.Justification)).ToList();
            var jurorNames = tally.Jurors.ToDictionary(j => j.Id, j => j.Name);
            var labels = tally.Nominations.ToDictionary(n => n.Id, n => $"{n.Reference ?? $"#{n.Id}"} {n.DisplayName}");
            var winner = shortlist.FirstOrDefault(s => s.Id == decision.WinnerNominationId)
                ?? new Nominee(decision.WinnerNominationId, $"#{decision.WinnerNominationId}", "", "");
            return new Protocol(q.Year, edition.Name, edition.CeremonyAt,
                tally.Jurors.Select(j => new Juror(j.Name, j.Organisation, j.IsChair)).ToList(),
                conflicts.OrderBy(c => c.JurorId).ThenBy(c => c.NominationId)
                    .Select(c => new Conflict(jurorNames.GetValueOrDefault(c.JurorId, $"#{c.JurorId}"), labels.GetValueOrDefault(c.NominationId, $"#{c.NominationId}")))
                    .ToList(),
                decision.Method, shortlist, decision.Pairwise, decision.TieBreaks, winner, decision.Justification, decision.DecidedBy,
                decision.DecidedAt, (await AuditChain.HeadAsync(db, ct))?.Hash);
        }
    }
}
