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
    public static IReadOnlyList<JurorScore> Normalise(TallyInput input)
    {
        var mid = (input.ScaleMin + input.ScaleMax) / 2;
        var quarter = (input.ScaleMax - input.ScaleMin) / 4;
        var result = new List<JurorScore>();
        foreach (var juror in input.CountedScores.GroupBy(s => s.JurorId))
        {
            var values = juror.Select(s => s.Value).ToList();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
            foreach (var s in juror)
            {
                var scaled = sd < 1e-12 ? mid : Math.Clamp(mid + (s.Value - mean) / sd * quarter, input.ScaleMin, input.ScaleMax);
                result.Add(s with { Value = scaled });
            }
        }
        return result;
    }

    public static IReadOnlyDictionary<long, MethodFigure> Compute(TallyInput input) => MeanTally.Compute(input, Normalise(input));
}
