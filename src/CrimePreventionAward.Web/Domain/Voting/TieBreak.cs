namespace CrimePreventionAward.Web.Domain.Voting;

/// <summary>One step of the chain: the rule applied, who went in, who remained, and why (Danish, for the record).</summary>
public sealed record TieBreakStep(string Rule, IReadOnlyList<long> Candidates, IReadOnlyList<long> Remaining, string Explanation);

/// <summary>The winner (null if even the casting vote could not separate them) and every step that was taken.</summary>
public sealed record TieBreakOutcome(long? WinnerId, IReadOnlyList<TieBreakStep> Steps);

/// <summary>Schulze tie → the shortlist tally (higher mean wins) → the chair's casting vote (the chair's ballot order).</summary>
public static class TieBreak
{
    public const string SchulzeRule = "Schulze";
    public const string TallyRule = "ShortlistTally";
    public const string CastingVoteRule = "CastingVote";

    public static TieBreakOutcome Resolve(
        IReadOnlyList<long> schulzeWinners, IReadOnlyDictionary<long, double?> tally, RankedBallot? chair)
    {
        var steps = new List<TieBreakStep>();
        var remaining = schulzeWinners.ToList();
        steps.Add(new(SchulzeRule, schulzeWinners, remaining,
            remaining.Count == 1 ? "Schulze-metoden giver én vinder." : $"Schulze-metoden giver stemmelighed mellem {remaining.Count}."));
        if (remaining.Count == 1) return new(remaining[0], steps);

        var before = remaining;
        var scored = before.Where(c => tally.GetValueOrDefault(c) is not null).ToList();
        if (scored.Count > 0)
        {
            var best = scored.Max(c => tally[c]!.Value);
            remaining = scored.Where(c => Math.Abs(tally[c]!.Value - best) < 1e-9).ToList();
        }
        steps.Add(new(TallyRule, before, remaining,
            remaining.Count == 1 ? "Den højeste gennemsnitlige bedømmelse afgør." : "Bedømmelsen skiller dem ikke ad."));
        if (remaining.Count == 1) return new(remaining[0], steps);

        before = remaining;
        var ranked = before.Where(c => chair is not null && chair.Ranks.ContainsKey(c) && !chair.Excluded.Contains(c))
            .OrderBy(c => chair!.Ranks[c]).ToList();
        if (ranked.Count > 0 && (ranked.Count == 1 || chair!.Ranks[ranked[0]] < chair.Ranks[ranked[1]]))
        {
            steps.Add(new(CastingVoteRule, before, [ranked[0]], "Juryformandens afgørende stemme (formandens rangorden) afgør."));
            return new(ranked[0], steps);
        }
        steps.Add(new(CastingVoteRule, before, before, "Juryformanden har ikke rangordnet de ligestillede: stemmeligheden består."));
        return new(null, steps);
    }
}
