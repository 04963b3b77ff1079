namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>One criterion on one score sheet: its weight and the value given (null when not scored yet).</summary>
public sealed record CriterionScore(double Weight, int? Value);

public static class WeightedMean
{
    /// <summary>
    /// Σ(weight·value) / Σweight over the criteria. A sheet with any criterion unscored has no mean (null): it is shown
    /// as missing, never filled in with zero.
    /// </summary>
    public static double? Of(IReadOnlyCollection<CriterionScore> scores) =>
        Of(scores.Select(s => s.Weight).ToArray(), scores.Select(s => s.Value).ToArray());

    /// <summary>The same mean with values[i] given for weights[i]; both sums run in criterion order, so the figure is bit for bit the same.</summary>
    public static double? Of(ReadOnlySpan<double> weights, ReadOnlySpan<int?> values)
    {
        if (values.Length == 0) return null;
        foreach (var value in values)
            if (value is null) return null;
        var total = 0.0;
        foreach (var weight in weights) total += weight;
        if (total <= 0) return null;
        var weighted = 0.0;
        for (var i = 0; i < weights.Length; i++) weighted += weights[i] * values[i]!.Value;
        return weighted / total;
    }
}
