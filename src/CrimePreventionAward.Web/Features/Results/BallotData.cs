using CrimePreventionAward.Web.Domain.Voting;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

public sealed class ShortlistRow
{
    public long NominationId { get; init; }
    public string Justification { get; init; } = "";
    public int SortOrder { get; init; }
    public string? Reference { get; init; }
    public string? CandidateName { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public string? Description { get; init; }

    public string DisplayName => Title is { Length: > 0 } t ? t : CandidateName ?? Reference ?? $"#{NominationId}";
}

/// <summary>
/// The shortlist and the final-vote ballots, as the Schulze count reads them. The shortlist is in reference order
/// everywhere: the order the secretariat picked them in is usually the tally's, and that must not reach the public.
/// </summary>
public sealed record BallotData(
    IReadOnlyList<ShortlistRow> Shortlist, IReadOnlyList<RankedBallot> Ballots, IReadOnlySet<(long JurorId, long NominationId)> Conflicts)
{
    public const string ShortlistSql = """
        SELECT e.NominationId, e.Justification, e.SortOrder, n.Reference, n.CandidateName, n.Title, n.Organisation, n.Description
        FROM ShortlistEntries e JOIN Nominations n ON n.Id = e.NominationId
        WHERE e.Year = @Year ORDER BY n.SequenceNo, e.NominationId
        """;

    private const string RanksSql = """
        SELECT b.JurorId, r.NominationId, r.Rank FROM Ballots b JOIN BallotRanks r ON r.BallotId = b.Id
        WHERE b.Year = @Year
        """;

    public static async Task<IReadOnlyList<ShortlistRow>> ShortlistAsync(Db db, int year, CancellationToken ct) =>
        (await db.QueryAsync<ShortlistRow>(ShortlistSql, new { Year = year }, ct)).ToList();

    /// <summary>A juror's conflicts become the ballot's excluded nominees: those pairs are not counted from it.</summary>
    public static async Task<BallotData> LoadAsync(Db db, int year, CancellationToken ct) =>
        await LoadAsync(db, year, await ConflictRules.EditionPairsAsync(db, year, ct), ct);

    /// <summary>With a given conflict set: the recount uses the one stored with the decision.</summary>
    public static async Task<BallotData> LoadAsync(Db db, int year, IReadOnlySet<(long JurorId, long NominationId)> conflicts, CancellationToken ct)
    {
        var shortlist = await ShortlistAsync(db, year, ct);
        var ballots = (await db.QueryAsync<RankRow>(RanksSql, new { Year = year }, ct))
            .GroupBy(r => r.JurorId)
            .Select(g => new RankedBallot(g.Key, g.ToDictionary(r => r.NominationId, r => r.Rank),
                conflicts.Where(c => c.JurorId == g.Key).Select(c => c.NominationId).ToHashSet()))
            .ToList();
        return new BallotData(shortlist, ballots, conflicts);
    }

    private sealed class RankRow
    {
        public long JurorId { get; init; }
        public long NominationId { get; init; }
        public int Rank { get; init; }
    }
}
