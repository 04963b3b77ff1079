namespace CrimePreventionAward.Web.Domain.Voting;

/// <summary>
/// One step of the chain: the rule applied, who went in, who remained, and why (Danish, for the record); the juror
/// whose ballot was looked at, and the seed of a lot, when the rule has one.
/// </summary>
public sealed record TieBreakStep(
    string Rule, IReadOnlyList<long> Candidates, IReadOnlyList<long> Remaining, string Explanation, long? JurorId = null, int? Seed = null);

/// <summary>The winner (null only when the chain ran out without a lot) and every step that was taken.</summary>
public sealed record TieBreakOutcome(long? WinnerId, IReadOnlyList<TieBreakStep> Steps);

/// <summary>
/// Schulze tie → the shortlist tally (higher mean wins) → the chair's casting vote (the chair's ballot order) → each
/// other juror's ballot in turn, in the order they joined the jury → a lot. A juror conflicted on any of the tied
/// nominees never settles the tie. The lot takes the tied nominees by ascending id and picks number seed mod count,
/// so anyone with the recorded seed draws the same.
/// </summary>
public static class TieBreak
{
    public const string SchulzeRule = "Schulze";
    public const string TallyRule = "ShortlistTally";
    public const string CastingVoteRule = "CastingVote";
    public const string JurorVoteRule = "JurorVote";
    public const string LotRule = "Lot";

    /// <summary>The chain up to the chair's casting vote, without a lot: the tie may remain.</summary>
    public static TieBreakOutcome Resolve(IReadOnlyList<long> schulzeWinners, IReadOnlyDictionary<long, double?> tally, RankedBallot? chair) =>
        Resolve(schulzeWinners, tally, chair, [], null);

    /// <param name="chair">The chair's ballot (ranks may be empty if they did not vote; Excluded holds their conflicts).</param>
    /// <param name="otherJurors">The other jurors' ballots in the order they joined the jury, with their conflicts.</param>
    /// <param name="lotSeed">The seed of the lot; with a seed the chain always ends with a winner.</param>
    public static TieBreakOutcome Resolve(
        IReadOnlyList<long> schulzeWinners, IReadOnlyDictionary<long, double?> tally, RankedBallot? chair,
        IReadOnlyList<RankedBallot> otherJurors, int? lotSeed)
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

        var tied = remaining;
        if (Vote(CastingVoteRule, "Juryformanden", chair, tied, steps) is { } byChair) return new(byChair, steps);
        foreach (var juror in otherJurors)
            if (Vote(JurorVoteRule, "Jurymedlemmet", juror, tied, steps) is { } byJuror) return new(byJuror, steps);

        if (lotSeed is not { } seed) return new(null, steps);
        var ordered = tied.Order().ToList();
        var drawn = ordered[(int)((uint)seed % (uint)ordered.Count)];
        steps.Add(new(LotRule, tied, [drawn],
            $"Lodtrækning med frøet {seed}: nr. {(uint)seed % (uint)ordered.Count + 1} af de {ordered.Count} ligestillede i rækkefølge efter id.",
            Seed: seed));
        return new(drawn, steps);
    }

    /// <summary>One ballot's say: none if the voter is conflicted on a tied nominee or does not rank one of them first.</summary>
    private static long? Vote(string rule, string who, RankedBallot? ballot, IReadOnlyList<long> tied, List<TieBreakStep> steps)
    {
        if (ballot is not null && tied.Any(ballot.Excluded.Contains))
        {
            steps.Add(new(rule, tied, tied, $"{who} er inhabil over for en af de ligestillede og afgør ikke stemmeligheden.", ballot.VoterId));
            return null;
        }
        var ranked = tied.Where(c => ballot is not null && ballot.Ranks.ContainsKey(c)).OrderBy(c => ballot!.Ranks[c]).ToList();
        if (ballot is not null && ranked.Count > 0 && (ranked.Count == 1 || ballot.Ranks[ranked[0]] < ballot.Ranks[ranked[1]]))
        {
            steps.Add(new(rule, tied, [ranked[0]], rule == CastingVoteRule
                ? "Juryformandens afgørende stemme (formandens rangorden) afgør."
                : "Jurymedlemmets rangorden afgør (det første habile jurymedlem efter formanden, der skiller dem ad).", ballot.VoterId));
            return ranked[0];
        }
        steps.Add(new(rule, tied, tied, $"{who} har ikke rangordnet de ligestillede: stemmeligheden består.", ballot?.VoterId));
        return null;
    }
}
