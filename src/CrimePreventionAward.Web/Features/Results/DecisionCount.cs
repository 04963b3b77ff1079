using CrimePreventionAward.Web.Domain.Voting;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The count that decides an edition, from ballots and tally: Schulze, then the tie-break chain (tally, the chair,
/// the other jurors in the order they joined, a lot with the given seed). One function, so the decision and the
/// recount cannot drift apart.
/// </summary>
public static class DecisionCount
{
    public sealed record Outcome(RecordDecision.Pairwise Pairwise, TieBreakOutcome TieBreak);

    public static Outcome Compute(BallotData ballots, TallyData tally, int lotSeed)
    {
        var candidates = ballots.Shortlist.Select(s => s.NominationId).ToList();
        var schulze = Schulze.Compute(candidates, ballots.Ballots);
        var means = candidates.ToDictionary(id => id, id => tally.Result.Rows.FirstOrDefault(r => r.NominationId == id)?.Mean.Value);
        var voters = tally.Jurors.OrderByDescending(j => j.IsChair).ThenBy(j => j.Id)
            .Select(j => ballots.Ballots.FirstOrDefault(b => b.VoterId == j.Id)
                ?? new RankedBallot(j.Id, new Dictionary<long, int>(), ballots.Conflicts.Where(x => x.JurorId == j.Id).Select(x => x.NominationId).ToHashSet()))
            .ToList();
        var chair = tally.Jurors.Any(j => j.IsChair) ? voters[0] : null;
        var outcome = TieBreak.Resolve(schulze.Winners, means, chair, chair is null ? voters : voters.Skip(1).ToList(), lotSeed);
        return new(new RecordDecision.Pairwise(candidates, schulze.D, schulze.P, schulze.Winners), outcome);
    }
}
