namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>
/// A tally's counted scores sorted out once for every method: the scores in their order without the conflicted ones,
/// the same grouped by juror (jurors in the order of their first score), and each nomination's conflicted jurors
/// counted from the conflict set once instead of asking about every juror. Each method then sums over these in the
/// same order as its definition, so every figure is bit for bit the definition's.
/// </summary>
internal sealed class CountedSheets
{
    public CountedSheets(TallyInput input)
    {
        Input = input;
        Position = new Dictionary<long, int>(input.Nominations.Count);
        for (var i = 0; i < input.Nominations.Count; i++) Position.Add(input.Nominations[i], i);
        Conflicted = new int[input.Nominations.Count];
        var seats = new Dictionary<long, int>();
        foreach (var juror in input.Jurors) seats[juror] = seats.GetValueOrDefault(juror) + 1;
        var conflictedNominations = new HashSet<long>();
        foreach (var (juror, nomination) in input.Conflicts)
        {
            conflictedNominations.Add(nomination);
            if (Position.TryGetValue(nomination, out var i) && seats.TryGetValue(juror, out var seated)) Conflicted[i] += seated;
        }

        var counted = new List<JurorScore>(input.Scores.Count);
        var sheets = new Dictionary<long, List<JurorScore>>();
        var byJuror = new List<List<JurorScore>>();
        foreach (var score in input.Scores)
        {
            if (conflictedNominations.Contains(score.NominationId) && input.IsConflicted(score.JurorId, score.NominationId)) continue;
            counted.Add(score);
            if (!sheets.TryGetValue(score.JurorId, out var sheet))
            {
                sheets.Add(score.JurorId, sheet = []);
                byJuror.Add(sheet);
            }
            sheet.Add(score);
        }
        Scores = counted;
        ByJuror = byJuror;
    }

    public TallyInput Input { get; }

    /// <summary>Each tallied nomination's index in <see cref="TallyInput.Nominations"/>.</summary>
    public Dictionary<long, int> Position { get; }

    /// <summary>Per nomination (by position): how many of the jurors are conflicted on it.</summary>
    public int[] Conflicted { get; }

    public List<JurorScore> Scores { get; }

    public List<List<JurorScore>> ByJuror { get; }

    /// <summary>The mean of the given scores per nomination, summed in their order; a missing score is left out, never counted as 0.</summary>
    public Dictionary<long, MethodFigure> Means(IReadOnlyList<JurorScore> scores)
    {
        var sums = new double[Conflicted.Length];
        var counts = new int[Conflicted.Length];
        foreach (var score in scores)
            if (Position.TryGetValue(score.NominationId, out var i))
            {
                sums[i] += score.Value;
                counts[i]++;
            }
        return Means(sums, counts);
    }

    /// <summary>Each nomination's sum divided by its count.</summary>
    public Dictionary<long, MethodFigure> Means(double[] sums, int[] counts)
    {
        for (var i = 0; i < sums.Length; i++) sums[i] /= counts[i];
        return Figures(sums, counts);
    }

    /// <summary>One figure per nomination, in the nominations' order: no value where nothing was counted.</summary>
    public Dictionary<long, MethodFigure> Figures(double[] values, int[] counts)
    {
        var figures = new Dictionary<long, MethodFigure>(values.Length);
        for (var i = 0; i < values.Length; i++)
            figures.Add(Input.Nominations[i], new MethodFigure(counts[i] == 0 ? null : values[i], counts[i],
                Math.Max(0, Input.Jurors.Count - Conflicted[i] - counts[i]), Conflicted[i]));
        return figures;
    }
}
