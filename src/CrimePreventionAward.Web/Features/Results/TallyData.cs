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

    /// <summary>Every sheet with its scores, one sheet's rows together (a sheet with no score yet is one row of nulls).</summary>
    private const string SheetsSql = """
        SELECT s.JurorId, s.NominationId, v.CriterionId, v.Value
        FROM ScoreSheets s LEFT JOIN Scores v ON v.ScoreSheetId = s.Id
        WHERE s.Year = @Year
        ORDER BY s.Id
        """;

    public static async Task<TallyData> LoadAsync(Db db, int year, CancellationToken ct) =>
        await LoadAsync(db, year, await ConflictSet.LoadAsync(db, year, ct), ct);

    /// <summary>With a given conflict set: the recount uses the one stored with the decision.</summary>
    public static async Task<TallyData> LoadAsync(Db db, int year, IReadOnlySet<(long JurorId, long NominationId)> conflicts, CancellationToken ct)
    {
        var args = new { Year = year };
        var jurors = (await db.QueryAsync<JurorRow>(JurorsSql, args, ct)).ToList();
        var criteria = (await db.QueryAsync<CriterionRow>(CriteriaSql, args, ct)).ToList();
        var nominations = (await db.QueryAsync<NominationRow>(NominationsSql, args, ct)).ToList();
        var (scores, means) = await ReadSheetsAsync(db, args, criteria, ct);

        var input = new TallyInput(jurors.Select(j => j.Id).ToList(), nominations.Select(n => n.Id).ToList(), means, conflicts,
            criteria.Count == 0 ? 1 : criteria.Min(c => c.ScaleMin), criteria.Count == 0 ? 5 : criteria.Max(c => c.ScaleMax));
        return new TallyData(year, jurors, criteria, nominations, scores, means, input, TallyResult.Compute(input));
    }

    /// <summary>
    /// One pass over the sheets in order: each sheet's weighted mean is taken as soon as its rows are read, over the
    /// edition's criteria in their order (a score for another criterion is kept in the record but not counted).
    /// </summary>
    private static async Task<(List<ScoreRow> Scores, List<JurorScore> Means)> ReadSheetsAsync(
        Db db, object args, IReadOnlyList<CriterionRow> criteria, CancellationToken ct)
    {
        var position = criteria.Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i);
        var scores = new List<ScoreRow>();
        var means = new List<JurorScore>();
        var values = new int?[criteria.Count];
        (long Juror, long Nomination)? sheet = null;

        void Close()
        {
            if (sheet is not { } done) return;
            if (WeightedMean.Of(criteria.Select((c, i) => new CriterionScore(c.Weight, values[i])).ToList()) is { } mean)
                means.Add(new JurorScore(done.Juror, done.Nomination, mean));
            Array.Clear(values);
        }

        await using var rows = await db.ReaderAsync(SheetsSql, args, ct);
        while (await rows.ReadAsync(ct))
        {
            var current = (rows.GetInt64(0), rows.GetInt64(1));
            if (sheet != current)
            {
                Close();
                sheet = current;
            }
            if (rows.IsDBNull(2)) continue;
            var score = new ScoreRow { JurorId = current.Item1, NominationId = current.Item2, CriterionId = rows.GetInt64(2), Value = rows.GetInt32(3) };
            scores.Add(score);
            if (position.TryGetValue(score.CriterionId, out var i)) values[i] = score.Value;
        }
        Close();
        return (scores, means);
    }
}
