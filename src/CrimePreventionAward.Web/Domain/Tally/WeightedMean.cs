namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>One criterion on one score sheet: its weight and the value given (null when not scored yet).</summary>
public sealed record CriterionScore(double Weight, int? Value);

public static class WeightedMean
{
    /// <summary>
    /// Σ(weight·value) / Σweight over the criteria. A sheet with any criterion unscored has no mean (null): it is shown
    /// as missing, never filled in with zero.
    /// </summary>
    public static double? Of(IReadOnlyCollection<CriterionScore> scores)
    {
        if (scores.Count == 0 || scores.Any(s => s.Value is null)) return null;
        var weights = scores.Sum(s => s.Weight);
        if (weights <= 0) return null;
        return scores.Sum(s => s.Weight * s.Value!.Value) / weights;
    }
}
