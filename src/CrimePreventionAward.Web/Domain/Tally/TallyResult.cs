namespace CrimePreventionAward.Web.Domain.Tally;

public sealed record NominationTally(long NominationId, MethodFigure Mean, MethodFigure Normalised, MethodFigure Borda);

/// <summary>Every method side by side, with the top of each and whether they disagree about it.</summary>
public sealed record TallyResult(
    IReadOnlyList<NominationTally> Rows,
    IReadOnlyList<long> TopByMean,
    IReadOnlyList<long> TopByNormalised,
    IReadOnlyList<long> TopByBorda)
{
    public bool MethodsDisagree =>
        !TopByMean.ToHashSet().SetEquals(TopByNormalised) || !TopByMean.ToHashSet().SetEquals(TopByBorda);

    public static TallyResult Compute(TallyInput input)
    {
        var counted = new CountedSheets(input);
        var mean = MeanTally.Compute(counted);
        var normalised = Normalisation.Compute(counted);
        var borda = Borda.Compute(counted);
        var rows = input.Nominations
            .Select(n => new NominationTally(n, mean[n], normalised[n], borda[n]))
            .OrderByDescending(r => r.Mean.Value ?? double.MinValue)
            .ToList();
        return new TallyResult(rows, Top(mean), Top(normalised), Top(borda));
    }

    /// <summary>The nominations sharing the highest value (several on a tie); none when nothing is scored.</summary>
    public static IReadOnlyList<long> Top(IReadOnlyDictionary<long, MethodFigure> figures)
    {
        var scored = figures.Where(f => f.Value.Value is not null).ToList();
        if (scored.Count == 0) return [];
        var best = scored.Max(f => f.Value.Value!.Value);
        return scored.Where(f => Math.Abs(f.Value.Value!.Value - best) < 1e-9).Select(f => f.Key).OrderBy(id => id).ToList();
    }
}
