using CrimePreventionAward.Web.Domain.Voting;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// How a decision was reached, in the reader's language, from the stored steps themselves (rule, who went in and
/// remained, the juror or seed, and the conflicts stored with the decision), not from the Danish explanation text
/// kept for the record: "Schulze" alone when Schulze decided, otherwise every step of the tie-break chain.
/// </summary>
public static class DecisionExplanation
{
    public static string Describe(IReadOnlyList<TieBreakStep> steps, IReadOnlyCollection<RecordDecision.ConflictPair> conflicts,
        Func<long, string> nominee, Func<long, string> juror, IStringLocalizer l)
    {
        if (steps.Count == 0 || steps[0].Remaining.Count <= 1) return "Schulze";
        string List(IReadOnlyList<long> ids) => ids.Count == 1
            ? nominee(ids[0])
            : $"{string.Join(", ", ids.SkipLast(1).Select(nominee))} {l["og"].Value} {nominee(ids[^1])}";
        var parts = new List<string> { l["Schulze: uafgjort mellem {0}", List(steps[0].Remaining)].Value };
        foreach (var step in steps.Skip(1))
        {
            var settled = step.Remaining.Count < step.Candidates.Count;
            var who = step.JurorId is { } id ? juror(id) : l["ingen juryformand"].Value;
            var conflicted = conflicts.Any(c => c.JurorId == step.JurorId && step.Candidates.Contains(c.NominationId));
            parts.Add(step.Rule switch
            {
                TieBreak.TallyRule when settled => l["højeste gennemsnit i optællingen: {0}", List(step.Remaining)].Value,
                TieBreak.TallyRule => l["optællingen skiller dem ikke ad"].Value,
                TieBreak.CastingVoteRule when settled => l["juryformandens afgørende stemme ({0}): {1}", who, List(step.Remaining)].Value,
                TieBreak.CastingVoteRule when conflicted => l["juryformanden ({0}) er inhabil og afgør ikke", who].Value,
                TieBreak.CastingVoteRule => l["juryformanden ({0}) skiller dem ikke ad", who].Value,
                TieBreak.JurorVoteRule when settled => l["rangordenen hos {0}: {1}", who, List(step.Remaining)].Value,
                TieBreak.JurorVoteRule when conflicted => l["{0} er inhabil og afgør ikke", who].Value,
                TieBreak.JurorVoteRule => l["{0} skiller dem ikke ad", who].Value,
                TieBreak.LotRule => l["lodtrækning med frøet {0}: {1}", step.Seed ?? 0, List(step.Remaining)].Value,
                _ => step.Explanation,
            });
        }
        return string.Join(" → ", parts);
    }
}
