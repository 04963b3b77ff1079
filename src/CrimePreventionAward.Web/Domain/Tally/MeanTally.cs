namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>Per nomination: the plain mean over the non-conflicted jurors who scored it.</summary>
public static class MeanTally
{
    public static IReadOnlyDictionary<long, MethodFigure> Compute(TallyInput input) => Compute(new CountedSheets(input));

    internal static IReadOnlyDictionary<long, MethodFigure> Compute(CountedSheets counted) => counted.Means(counted.Scores);
}
