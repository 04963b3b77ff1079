namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>
/// Borda count from each juror's ordering of the nominations that juror scored (highest weighted mean first).
/// A nomination earns one point for every nomination the juror put below it and half a point for each one tied
/// with it; a juror who scored n nominations thus gives n−1, n−2, …, 0. Unscored nominations get nothing from
/// that juror (the count behind the figure shows it), rather than being ranked last as if scored zero.
/// </summary>
public static class Borda
{
    public static IReadOnlyDictionary<long, MethodFigure> Compute(TallyInput input) => Compute(new CountedSheets(input));

    internal static IReadOnlyDictionary<long, MethodFigure> Compute(CountedSheets counted)
    {
        var points = new double[counted.Conflicted.Length];
        var counts = new int[counted.Conflicted.Length];
        foreach (var sheet in counted.ByJuror)
        {
            // Sorted once, so each nomination's place is two binary searches, not two passes over the sheet.
            var sorted = new double[sheet.Count];
            for (var k = 0; k < sorted.Length; k++) sorted[k] = sheet[k].Value;
            Array.Sort(sorted);
            foreach (var s in sheet)
            {
                if (!counted.Position.TryGetValue(s.NominationId, out var i)) continue;
                var below = CountBelow(sorted, s.Value, orEqual: false);
                var tied = CountBelow(sorted, s.Value, orEqual: true) - below;
                points[i] += below + 0.5 * (tied - 1);
                counts[i]++;
            }
        }
        return counted.Figures(points, counts);
    }

    /// <summary>How many values are below <paramref name="value"/> (or equal to it): the same comparisons the definition counts with.</summary>
    private static int CountBelow(double[] sorted, double value, bool orEqual)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value || (orEqual && sorted[middle] == value)) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
