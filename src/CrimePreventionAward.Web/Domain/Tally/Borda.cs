namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>
/// Borda count from each juror's ordering of the nominations that juror scored (highest weighted mean first).
/// A nomination earns one point for every nomination the juror put below it and half a point for each one tied
/// with it; a juror who scored n nominations thus gives n−1, n−2, …, 0. Unscored nominations get nothing from
/// that juror (the count behind the figure shows it), rather than being ranked last as if scored zero.
/// </summary>
public static class Borda
{
    public static IReadOnlyDictionary<long, MethodFigure> Compute(TallyInput input)
    {
        var points = input.Nominations.ToDictionary(n => n, _ => 0.0);
        var counts = input.Nominations.ToDictionary(n => n, _ => 0);
        foreach (var juror in input.CountedScores.GroupBy(s => s.JurorId))
        {
            var sheet = juror.ToList();
            // Sorted once, so each nomination's place is two binary searches, not two passes over the sheet.
            var sorted = sheet.Select(o => o.Value).ToArray();
            Array.Sort(sorted);
            foreach (var s in sheet)
            {
                if (!points.ContainsKey(s.NominationId)) continue;
                var below = CountBelow(sorted, s.Value, orEqual: false);
                var tied = CountBelow(sorted, s.Value, orEqual: true) - below;
                points[s.NominationId] += below + 0.5 * (tied - 1);
                counts[s.NominationId]++;
            }
        }
        return input.Nominations.ToDictionary(n => n, n =>
        {
            var conflicted = input.Jurors.Count(j => input.IsConflicted(j, n));
            return new MethodFigure(counts[n] == 0 ? null : points[n], counts[n], Math.Max(0, input.Jurors.Count - conflicted - counts[n]), conflicted);
        });
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
