using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>The winner: for everyone (the secretariat too — it has the results page) only from the announcement time.</summary>
public static class GetWinner
{
    [Public]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(
        int Year, string EditionName, long NominationId, string? Reference, string Name, string? CandidateName,
        string? Organisation, string Justification, string NomineeJustification, DateTimeOffset AnnouncedAt);

    private const string WinnerSql = """
        SELECT d.WinnerNominationId, d.Justification, n.Reference, n.Title, n.CandidateName, n.Organisation,
               COALESCE(s.Justification, '') AS NomineeJustification
        FROM Decisions d
        JOIN Nominations n ON n.Id = d.WinnerNominationId
        LEFT JOIN ShortlistEntries s ON s.Year = d.Year AND s.NominationId = d.WinnerNominationId
        WHERE d.Year = @Year
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) => await PublicAsync(db, q.Year, clock.GetUtcNow(), ct);
    }

    /// <summary>The winner of an edition; not found while it is not public at <paramref name="now"/>.</summary>
    internal static async Task<Result> PublicAsync(Db db, int year, DateTimeOffset now, CancellationToken ct) =>
        await LoadAsync(db, await EditionFacts.LoadAsync(db, year, ct), now, ct)
        ?? throw new NotFoundException($"Vinderen for {year} er ikke offentliggjort endnu.");

    /// <summary>The winner of an edition, or null while it is not public at <paramref name="now"/>.</summary>
    internal static async Task<Result?> LoadAsync(Db db, EditionFacts edition, DateTimeOffset now, CancellationToken ct)
    {
        if (!edition.WinnerPublic(now)) return null;
        var w = await db.QuerySingleOrDefaultAsync<WinnerRow>(WinnerSql, new { edition.Year }, ct);
        return w is null ? null : new Result(edition.Year, edition.Name, w.WinnerNominationId, w.Reference,
            w.Title is { Length: > 0 } t ? t : w.CandidateName ?? "", w.CandidateName, w.Organisation, w.Justification,
            w.NomineeJustification, edition.WinnerAt!.Value);
    }

    private sealed class WinnerRow
    {
        public long WinnerNominationId { get; init; }
        public string Justification { get; init; } = "";
        public string? Reference { get; init; }
        public string? Title { get; init; }
        public string? CandidateName { get; init; }
        public string? Organisation { get; init; }
        public string NomineeJustification { get; init; } = "";
    }
}
