using System.Text.Json;
using CrimePreventionAward.Web.Domain.Voting;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>A recorded decision as stored, and what it was computed from.</summary>
public sealed record DecisionRecord(int Year, long WinnerNominationId, string Method, RecordDecision.Pairwise Pairwise,
    IReadOnlyList<TieBreakStep> TieBreaks, string Justification, string DecidedBy, DateTimeOffset DecidedAt)
{
    private const string Sql = """
        SELECT Year, WinnerNominationId, Method, Pairwise, TieBreaks, Justification, DecidedBy, DecidedAt FROM Decisions WHERE Year = @Year
        """;

    public static async Task<DecisionRecord?> LoadAsync(Db db, int year, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<Row>(Sql, new { Year = year }, ct) is { } r
            ? new DecisionRecord(r.Year, r.WinnerNominationId, r.Method,
                JsonSerializer.Deserialize<RecordDecision.Pairwise>(r.Pairwise, JsonSerializerOptions.Web)!,
                JsonSerializer.Deserialize<List<TieBreakStep>>(r.TieBreaks, JsonSerializerOptions.Web)!,
                r.Justification, r.DecidedBy, r.DecidedAt)
            : null;

    private const string StoredConflicts = "SELECT Conflicts FROM Decisions WHERE Year = @Year";

    /// <summary>
    /// The conflicts the decision was computed with, as stored with it (a decision recorded before they were stored
    /// falls back to the conflicts as they stand; conflicts are frozen once the vote closes).
    /// </summary>
    public static async Task<IReadOnlySet<(long JurorId, long NominationId)>> LoadConflictsAsync(Db db, int year, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<string?>(StoredConflicts, new { Year = year }, ct) is { Length: > 0 } json
            ? JsonSerializer.Deserialize<List<RecordDecision.ConflictPair>>(json, JsonSerializerOptions.Web)!
                .Select(p => (p.JurorId, p.NominationId)).ToHashSet()
            : await ConflictRules.EditionPairsAsync(db, year, ct);

    private sealed class Row
    {
        public int Year { get; init; }
        public long WinnerNominationId { get; init; }
        public string Method { get; init; } = "";
        public string Pairwise { get; init; } = "";
        public string TieBreaks { get; init; } = "";
        public string Justification { get; init; } = "";
        public string DecidedBy { get; init; } = "";
        public DateTimeOffset DecidedAt { get; init; }
    }
}
