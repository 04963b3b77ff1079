using CrimePreventionAward.Web.Domain.Tally;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The tally as a juror may see it: a nomination they are conflicted on shows no figure (with one other juror, its
/// mean would be that colleague's score), no figure rests on fewer than two scores, and the rows stand in reference
/// order with the top worked out from the visible figures only, so neither order nor top hints at a withheld one.
/// </summary>
public static class JurorView
{
    public const int MinimumScores = 2;

    public static readonly MethodFigure Withheld = new(null, 0, 0, 0);

    public static List<GetResults.Row> Rows(IEnumerable<GetResults.Row> rows, Func<long, bool> conflicted, Func<long, string?> reference) =>
        rows.Select(r => conflicted(r.NominationId)
                ? r with { Mean = Withheld, Normalised = Withheld, Borda = Withheld }
                : r with { Mean = Visible(r.Mean), Normalised = Visible(r.Normalised), Borda = Visible(r.Borda) })
            .OrderBy(r => reference(r.NominationId) ?? "").ThenBy(r => r.NominationId)
            .ToList();

    public static IReadOnlyList<long> Top(IEnumerable<GetResults.Row> rows, Func<GetResults.Row, MethodFigure> figure) =>
        TallyResult.Top(rows.ToDictionary(r => r.NominationId, figure));

    private static MethodFigure Visible(MethodFigure f) => f.Count < MinimumScores ? Withheld : f;
}
