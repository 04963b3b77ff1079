namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>
/// Per-juror z-score normalisation, so that a harsh juror and a generous one weigh the same.
/// For juror j with weighted means x over the nominations j scored (population mean μ_j, population sd σ_j):
///   z = (x − μ_j) / σ_j, shown on the scale as  mid + z · (range / 4),  clamped to [min, max],
/// where mid = (min + max) / 2 and range = max − min (±2 sd covers the scale). A juror whose scores are all equal
/// (σ_j = 0) says nothing about order: every score becomes mid. Missing scores are not part of μ_j or σ_j.
/// </summary>
public static class Normalisation
{
    public static IReadOnlyList<JurorScore> Normalise(TallyInput input) => Normalise(new CountedSheets(input));

    public static IReadOnlyDictionary<long, MethodFigure> Compute(TallyInput input) => Compute(new CountedSheets(input));

    /// <summary>The mean of the scaled scores summed in the order <see cref="Normalise(CountedSheets)"/> lists them, without listing them.</summary>
    internal static IReadOnlyDictionary<long, MethodFigure> Compute(CountedSheets counted)
    {
        var sums = new double[counted.Conflicted.Length];
        var counts = new int[counted.Conflicted.Length];
        Scale(counted, (score, scaled) =>
        {
            if (!counted.Position.TryGetValue(score.NominationId, out var i)) return;
            sums[i] += scaled;
            counts[i]++;
        });
        return counted.Means(sums, counts);
    }

    internal static List<JurorScore> Normalise(CountedSheets counted)
    {
        var result = new List<JurorScore>(counted.Scores.Count);
        Scale(counted, (score, scaled) => result.Add(score with { Value = scaled }));
        return result;
    }

    /// <summary>Juror by juror in the order of their first score; μ_j and σ_j are sequential sums in the sheet's order.</summary>
    private static void Scale(CountedSheets counted, Action<JurorScore, double> scaled)
    {
        var (min, max) = (counted.Input.ScaleMin, counted.Input.ScaleMax);
        var mid = (min + max) / 2;
        var quarter = (max - min) / 4;
        foreach (var sheet in counted.ByJuror)
        {
            var total = 0.0;
            foreach (var s in sheet) total += s.Value;
            var mean = total / sheet.Count;
            var squares = 0.0;
            foreach (var s in sheet) squares += (s.Value - mean) * (s.Value - mean);
            var sd = Math.Sqrt(squares / sheet.Count);
            foreach (var s in sheet)
                scaled(s, sd < 1e-12 ? mid : Math.Clamp(mid + (s.Value - mean) / sd * quarter, min, max));
        }
    }
}
