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
            foreach (var s in sheet)
            {
                if (!points.ContainsKey(s.NominationId)) continue;
                points[s.NominationId] += sheet.Count(o => o.Value < s.Value) + 0.5 * (sheet.Count(o => o.Value == s.Value) - 1);
                counts[s.NominationId]++;
            }
        }
        return input.Nominations.ToDictionary(n => n, n =>
        {
            var conflicted = input.Jurors.Count(j => input.IsConflicted(j, n));
            return new MethodFigure(counts[n] == 0 ? null : points[n], counts[n], Math.Max(0, input.Jurors.Count - conflicted - counts[n]), conflicted);
        });
    }
}
