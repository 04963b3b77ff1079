using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// The score sheets of one nomination. The secretariat sees all. A juror sees only their own until the round is
/// closed, then those of every juror who was not conflicted; a conflicted juror sees none (403).
/// </summary>
public static class GetScoresForNomination
{
    [Authorise(Roles.Secretariat, Roles.Juror)]
    public sealed record Query(int Year, long NominationId) : IQuery<IReadOnlyList<SheetView>>;

    public sealed record SheetView(long JurorId, string JurorName, string? Comment, int Version, DateTimeOffset UpdatedAt,
        IReadOnlyList<ScoreValue> Scores, double? WeightedMean);

    public sealed record ScoreValue(long CriterionId, string Criterion, int Value);

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public async Task CheckAsync(Query q, CancellationToken ct)
        {
            if (user.IsInRole(Roles.Secretariat)) return;
            await ConflictRules.EnsureNotConflictedAsync(db, await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct), q.NominationId, ct);
        }
    }

    /// <summary>Sheets by jurors conflicted on the nomination are never shown to other jurors (they are out of its tally).</summary>
    private const string Sheets = $"""
        SELECT s.Id, s.JurorId, j.Name AS JurorName, s.Comment, s.Version, s.UpdatedAt,
               CASE WHEN {ConflictRules.Conflicted} THEN 1 ELSE 0 END AS Conflicted
        FROM ScoreSheets s JOIN Jurors j ON j.Id = s.JurorId JOIN Nominations n ON n.Id = s.NominationId
        WHERE s.Year = @Year AND s.NominationId = @NominationId AND (@OnlyJurorId IS NULL OR s.JurorId = @OnlyJurorId)
        ORDER BY j.Name
        """;

    private const string Values = """
        SELECT sc.ScoreSheetId, sc.CriterionId, k.Name AS Criterion, k.Weight, sc.Value
        FROM Scores sc JOIN ScoreSheets s ON s.Id = sc.ScoreSheetId JOIN Criteria k ON k.Id = sc.CriterionId
        WHERE s.Year = @Year AND s.NominationId = @NominationId ORDER BY k.SortOrder
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<SheetView>>
    {
        public async Task<IReadOnlyList<SheetView>> Handle(Query q, CancellationToken ct)
        {
            var edition = await JuryAccess.EditionAsync(db, q.Year, ct);
            var secretariat = user.IsInRole(Roles.Secretariat);
            long? onlyJuror = null;
            if (!secretariat)
            {
                await NominationText.EligibleAsync(db, q.Year, q.NominationId, ct);
                var me = await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct);
                if (!edition.RoundClosed) onlyJuror = me;
            }
            var sheets = (await db.QueryAsync<SheetRow>(Sheets, new { q.Year, q.NominationId, OnlyJurorId = onlyJuror }, ct))
                .Where(s => secretariat || !s.Conflicted).ToList();
            var values = (await db.QueryAsync<ValueRow>(Values, new { q.Year, q.NominationId }, ct)).ToLookup(v => v.ScoreSheetId);
            return sheets.Select(s =>
            {
                var mine = values[s.Id].ToList();
                var weight = mine.Sum(v => v.Weight);
                return new SheetView(s.JurorId, s.JurorName, s.Comment, s.Version, s.UpdatedAt,
                    mine.Select(v => new ScoreValue(v.CriterionId, v.Criterion, v.Value)).ToList(),
                    weight > 0 ? Math.Round(mine.Sum(v => v.Weight * v.Value) / weight, 2) : null);
            }).ToList();
        }
    }

    private sealed class SheetRow
    {
        public long Id { get; init; }
        public long JurorId { get; init; }
        public string JurorName { get; init; } = "";
        public string? Comment { get; init; }
        public int Version { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public bool Conflicted { get; init; }
    }

    private sealed class ValueRow
    {
        public long ScoreSheetId { get; init; }
        public long CriterionId { get; init; }
        public string Criterion { get; init; } = "";
        public double Weight { get; init; }
        public int Value { get; init; }
    }
}
