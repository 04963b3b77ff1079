namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>Per nomination: the plain mean over the non-conflicted jurors who scored it.</summary>
public static class MeanTally
{
    public static IReadOnlyDictionary<long, MethodFigure> Compute(TallyInput input) => Compute(input, input.CountedScores);

    /// <summary>The same mean over given (e.g. normalised) scores; a missing score is left out, never counted as 0.</summary>
    public static IReadOnlyDictionary<long, MethodFigure> Compute(TallyInput input, IEnumerable<JurorScore> scores)
    {
        var byNomination = scores.Where(s => !input.IsConflicted(s.JurorId, s.NominationId))
            .ToLookup(s => s.NominationId);
        return input.Nominations.ToDictionary(n => n, n =>
        {
            var values = byNomination[n].Select(s => s.Value).ToList();
            var conflicted = input.Jurors.Count(j => input.IsConflicted(j, n));
            var missing = input.Jurors.Count - conflicted - values.Count;
            return new MethodFigure(values.Count == 0 ? null : values.Average(), values.Count, Math.Max(0, missing), conflicted);
        });
    }
}
