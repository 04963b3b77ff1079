using System.Globalization;
using CrimePreventionAward.Web.Domain.Tally;
using CrimePreventionAward.Web.Features.Jury;
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

    /// <summary>
    /// One row per sheet with its scores packed as "criterion:value,…", in sheet order: a fifth of the rows the scores
    /// are, and the figures are still taken in .NET. A sheet with no score yet has no row; it has no mean either. The
    /// ORDER BY repeats the GROUP BY so that SQLite streams the groups in sheet order without sorting them again, and
    /// IX_Scores_SheetValues (0027) covers the scores.
    /// </summary>
    internal static string PackedSheetsSql(SqlDialect dialect) => $"""
        SELECT s.JurorId, s.NominationId, {dialect.JoinedPairs("v.CriterionId", "v.Value")} AS Scores
        FROM ScoreSheets s JOIN Scores v ON v.ScoreSheetId = s.Id
        WHERE s.Year = @Year
        GROUP BY s.Id, s.JurorId, s.NominationId
        ORDER BY s.Id, s.JurorId, s.NominationId
        """;

    public static async Task<TallyData> LoadAsync(Db db, int year, CancellationToken ct) =>
        await LoadAsync(db, year, await ConflictRules.EditionPairsAsync(db, year, ct), ct);

    /// <summary>With a given conflict set: the recount uses the one stored with the decision.</summary>
    public static async Task<TallyData> LoadAsync(Db db, int year, IReadOnlySet<(long JurorId, long NominationId)> conflicts, CancellationToken ct)
    {
        var args = new { Year = year };
        var jurors = (await db.QueryAsync<JurorRow>(JurorsSql, args, ct)).ToList();
        var criteria = (await db.QueryAsync<CriterionRow>(CriteriaSql, args, ct)).ToList();
        var nominations = (await db.QueryAsync<NominationRow>(NominationsSql, args, ct)).ToList();
        var means = await ReadSheetMeansAsync(db, args, criteria, ct);

        var input = new TallyInput(jurors.Select(j => j.Id).ToList(), nominations.Select(n => n.Id).ToList(), means, conflicts,
            criteria.Count == 0 ? 1 : criteria.Min(c => c.ScaleMin), criteria.Count == 0 ? 5 : criteria.Max(c => c.ScaleMax));
        return new TallyData(year, jurors, criteria, nominations, means, input, TallyResult.Compute(input));
    }

    /// <summary>Every recorded score, one row each (also for criteria no longer in the edition): the CSV export lists them.</summary>
    public static async Task<IReadOnlyList<ScoreRow>> ScoresAsync(Db db, int year, CancellationToken ct) =>
        (await db.QueryAsync<ScoreRow>(ScoresSql, new { Year = year }, ct)).ToList();

    /// <summary>
    /// Each sheet's weighted mean over the edition's criteria in their order (a score for another criterion is not
    /// counted), in sheet order.
    /// </summary>
    private static async Task<List<JurorScore>> ReadSheetMeansAsync(Db db, object args, IReadOnlyList<CriterionRow> criteria, CancellationToken ct)
    {
        var position = criteria.Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i);
        var weights = criteria.Select(c => c.Weight).ToArray();
        var values = new int?[criteria.Count];
        var means = new List<JurorScore>();
        await using var rows = await db.ReaderAsync(PackedSheetsSql(db.Dialect), args, ct);
        while (await rows.ReadAsync(ct))
        {
            Array.Clear(values);
            Unpack(rows.GetString(2), position, values);
            if (WeightedMean.Of(weights, values) is { } mean)
                means.Add(new JurorScore(rows.GetInt64(0), rows.GetInt64(1), mean));
        }
        return means;
    }

    /// <summary>
    /// Puts each "criterion:value" of a packed sheet at its criterion's position, reading the digits as it goes. A pair
    /// written otherwise than the database writes it is parsed as text instead, so it is accepted or refused as before.
    /// </summary>
    internal static void Unpack(ReadOnlySpan<char> packed, IReadOnlyDictionary<long, int> position, int?[] values)
    {
        while (true)
        {
            var comma = packed.IndexOf(',');
            var pair = comma < 0 ? packed : packed[..comma];
            if (TryReadDigits(pair, out var criterion, out var value))
            {
                if (position.TryGetValue(criterion, out var i)) values[i] = value;
            }
            else
            {
                var colon = pair.IndexOf(':');
                if (position.TryGetValue(long.Parse(pair[..colon], CultureInfo.InvariantCulture), out var i))
                    values[i] = int.Parse(pair[(colon + 1)..], CultureInfo.InvariantCulture);
            }
            if (comma < 0) return;
            packed = packed[(comma + 1)..];
        }
    }

    /// <summary>"digits:digits" or "digits:-digits", short enough that neither number can overflow.</summary>
    private static bool TryReadDigits(ReadOnlySpan<char> pair, out long criterion, out int value)
    {
        (criterion, value) = (0, 0);
        var k = 0;
        for (; k < pair.Length && k < 18 && char.IsAsciiDigit(pair[k]); k++) criterion = criterion * 10 + (pair[k] - '0');
        if (k == 0 || k == pair.Length || pair[k] != ':') return false;
        var negative = ++k < pair.Length && pair[k] == '-';
        if (negative) k++;
        var start = k;
        var number = 0;
        for (; k < pair.Length && k - start < 9 && char.IsAsciiDigit(pair[k]); k++) number = number * 10 + (pair[k] - '0');
        if (k == start || k != pair.Length) return false;
        value = negative ? -number : number;
        return true;
    }
}
