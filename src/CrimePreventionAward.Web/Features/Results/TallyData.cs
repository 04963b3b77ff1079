using CrimePreventionAward.Web.Domain.Tally;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

public sealed class JurorRow
{
    public long Id { get; init; }
    public long UserId { get; init; }
    public string Name { get; init; } = "";
    public string Organisation { get; init; } = "";
    public bool IsChair { get; init; }
}

public sealed class CriterionRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public double Weight { get; init; }
    public int ScaleMin { get; init; }
    public int ScaleMax { get; init; }
}

public sealed class NominationRow
{
    public long Id { get; init; }
    public string? Reference { get; init; }
    public string? CandidateName { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }

    public string DisplayName => Title is { Length: > 0 } t ? t : CandidateName ?? Reference ?? $"#{Id}";
}

public sealed class ScoreRow
{
    public long JurorId { get; init; }
    public long NominationId { get; init; }
    public long CriterionId { get; init; }
    public int Value { get; init; }
}

/// <summary>
/// Everything the tally is computed from, read fresh from the recorded scores (so the result can always be
/// recomputed). The tallied nominations are the eligible ones plus any that have a score sheet, never withdrawn ones.
/// </summary>
public sealed record TallyData(
    int Year,
    IReadOnlyList<JurorRow> Jurors,
    IReadOnlyList<CriterionRow> Criteria,
    IReadOnlyList<NominationRow> Nominations,
    IReadOnlyList<ScoreRow> Scores,
    IReadOnlyList<JurorScore> SheetMeans,
    TallyInput Input,
    TallyResult Result)
{
    private const string JurorsSql = "SELECT Id, UserId, Name, Organisation, IsChair FROM Jurors WHERE Year = @Year ORDER BY Id";

    private const string CriteriaSql = """
        SELECT Id, Name, Weight, ScaleMin, ScaleMax FROM Criteria WHERE Year = @Year ORDER BY SortOrder, Id
        """;

    private const string NominationsSql = """
        SELECT Id, Reference, CandidateName, Title, Organisation FROM Nominations
        WHERE Year = @Year AND WithdrawnAt IS NULL
          AND (Eligibility = 'Eligible' OR Id IN (SELECT NominationId FROM ScoreSheets WHERE Year = @Year))
        ORDER BY Id
        """;

    private const string ScoresSql = """
        SELECT s.JurorId, s.NominationId, v.CriterionId, v.Value
        FROM ScoreSheets s JOIN Scores v ON v.ScoreSheetId = s.Id
        WHERE s.Year = @Year
        """;

    private const string SheetsSql = "SELECT JurorId, NominationId FROM ScoreSheets WHERE Year = @Year";

    public static async Task<TallyData> LoadAsync(Db db, int year, CancellationToken ct) =>
        await LoadAsync(db, year, await ConflictSet.LoadAsync(db, year, ct), ct);

    /// <summary>With a given conflict set: the recount uses the one stored with the decision.</summary>
    public static async Task<TallyData> LoadAsync(Db db, int year, IReadOnlySet<(long JurorId, long NominationId)> conflicts, CancellationToken ct)
    {
        var args = new { Year = year };
        var jurors = (await db.QueryAsync<JurorRow>(JurorsSql, args, ct)).ToList();
        var criteria = (await db.QueryAsync<CriterionRow>(CriteriaSql, args, ct)).ToList();
        var nominations = (await db.QueryAsync<NominationRow>(NominationsSql, args, ct)).ToList();
        var scores = (await db.QueryAsync<ScoreRow>(ScoresSql, args, ct)).ToList();
        var sheets = (await db.QueryAsync<ScoreRow>(SheetsSql, args, ct)).ToList();

        var values = scores.ToDictionary(s => (s.JurorId, s.NominationId, s.CriterionId), s => s.Value);
        var means = sheets
            .Select(s => (s.JurorId, s.NominationId, Mean: WeightedMean.Of(criteria
                .Select(c => new CriterionScore(c.Weight, values.TryGetValue((s.JurorId, s.NominationId, c.Id), out var v) ? v : null))
                .ToList())))
            .Where(s => s.Mean is not null)
            .Select(s => new JurorScore(s.JurorId, s.NominationId, s.Mean!.Value))
            .ToList();

        var input = new TallyInput(jurors.Select(j => j.Id).ToList(), nominations.Select(n => n.Id).ToList(), means, conflicts,
            criteria.Count == 0 ? 1 : criteria.Min(c => c.ScaleMin), criteria.Count == 0 ? 5 : criteria.Max(c => c.ScaleMax));
        return new TallyData(year, jurors, criteria, nominations, scores, means, input, TallyResult.Compute(input));
    }
}
