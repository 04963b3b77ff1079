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
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var edition = await EditionFacts.LoadAsync(db, q.Year, ct);
            if (!edition.WinnerPublic(clock.GetUtcNow()))
                throw new NotFoundException($"Vinderen for {q.Year} er ikke offentliggjort endnu.");
            var w = await db.QuerySingleOrDefaultAsync<WinnerRow>(WinnerSql, new { q.Year }, ct)
                ?? throw new NotFoundException($"Vinderen for {q.Year} er ikke offentliggjort endnu.");
            return new Result(q.Year, edition.Name, w.WinnerNominationId, w.Reference, w.Title is { Length: > 0 } t ? t : w.CandidateName ?? "",
                w.CandidateName, w.Organisation, w.Justification, w.NomineeJustification, edition.WinnerAt!.Value);
        }
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
