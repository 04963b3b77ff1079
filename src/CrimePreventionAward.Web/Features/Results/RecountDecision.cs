using CrimePreventionAward.Web.Domain.Tally;
using CrimePreventionAward.Web.Domain.Voting;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Recomputes an edition from its record — the tally by every method from the score sheets, the Schulze count and its
/// tie-break chain from the ballots and the decision's conflicts — with the same domain functions the decision used,
/// and compares the result with the recorded decision.
/// </summary>
public static class RecountDecision
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(int Year, bool Same, string Summary, IReadOnlyList<string> Differences,
        long RecordedWinner, long? RecountedWinner, IReadOnlyList<NominationTally> Tally,
        RecordDecision.Pairwise Pairwise, IReadOnlyList<TieBreakStep> TieBreaks);

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var recorded = await DecisionRecord.LoadAsync(db, q.Year, ct)
                ?? throw new NotFoundException($"Der er ingen afgørelse for {q.Year}.");
            var conflicts = await DecisionRecord.LoadConflictsAsync(db, q.Year, ct);
            var ballots = await BallotData.LoadAsync(db, q.Year, conflicts, ct);
            var tally = await TallyData.LoadAsync(db, q.Year, conflicts, ct);

            // The lot, if the decision drew one, is drawn again with its recorded seed.
            var seed = recorded.TieBreaks.LastOrDefault(t => t.Seed is not null)?.Seed ?? 0;
            var count = DecisionCount.Compute(ballots, tally, seed);
            var (pairwise, outcome) = (count.Pairwise, count.TieBreak);

            var differences = Compare(recorded, pairwise, outcome).ToList();
            var summary = differences.Count == 0
                ? $"recount {q.Year}: same winner, same matrix"
                : $"recount {q.Year}: {differences.Count} difference(s)";
            return new Result(q.Year, differences.Count == 0, summary, differences, recorded.WinnerNominationId, outcome.WinnerId,
                tally.Result.Rows, pairwise, outcome.Steps);
        }

        private static IEnumerable<string> Compare(DecisionRecord recorded, RecordDecision.Pairwise recount, TieBreakOutcome outcome)
        {
            if (recorded.WinnerNominationId != outcome.WinnerId)
                yield return $"winner: recorded {recorded.WinnerNominationId}, recounted {outcome.WinnerId?.ToString() ?? "none"}";
            if (!recorded.Pairwise.Candidates.SequenceEqual(recount.Candidates))
            {
                yield return $"candidates: recorded [{string.Join(", ", recorded.Pairwise.Candidates)}], recounted [{string.Join(", ", recount.Candidates)}]";
                yield break;
            }
            foreach (var d in Cells("d", recorded.Pairwise.D, recount.D, recount.Candidates)) yield return d;
            foreach (var p in Cells("p", recorded.Pairwise.P, recount.P, recount.Candidates)) yield return p;
            if (!recorded.Pairwise.Winners.Order().SequenceEqual(recount.Winners.Order()))
                yield return $"Schulze winners: recorded [{string.Join(", ", recorded.Pairwise.Winners)}], recounted [{string.Join(", ", recount.Winners)}]";
            var steps = Math.Max(recorded.TieBreaks.Count, outcome.Steps.Count);
            for (var i = 0; i < steps; i++)
            {
                var was = recorded.TieBreaks.ElementAtOrDefault(i);
                var now = outcome.Steps.ElementAtOrDefault(i);
                if (was is null || now is null || was.Rule != now.Rule || !was.Remaining.SequenceEqual(now.Remaining) || !was.Candidates.SequenceEqual(now.Candidates))
                    yield return $"tie-break step {i + 1}: recorded {Describe(was)}, recounted {Describe(now)}";
            }
        }

        private static IEnumerable<string> Cells(string name, int[][] recorded, int[][] recount, IReadOnlyList<long> candidates)
        {
            for (var i = 0; i < candidates.Count; i++)
                for (var j = 0; j < candidates.Count; j++)
                    if (recorded.ElementAtOrDefault(i)?.ElementAtOrDefault(j) != recount[i][j])
                        yield return $"{name}[{candidates[i]},{candidates[j]}]: recorded {recorded.ElementAtOrDefault(i)?.ElementAtOrDefault(j)}, recounted {recount[i][j]}";
        }

        private static string Describe(TieBreakStep? step) =>
            step is null ? "none" : $"{step.Rule} [{string.Join(", ", step.Candidates)}] → [{string.Join(", ", step.Remaining)}]";
    }
}
