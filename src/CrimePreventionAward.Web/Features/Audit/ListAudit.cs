using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Audit;

/// <summary>The audit log for the secretariat, newest first, filtered by who, what, when and record, a page at a time.</summary>
public static class ListAudit
{
    public const int PageSize = 50;

    /// <param name="Record">a record's id or reference as it stands in the row's data (e.g. 12 or KP-2027-001)</param>
    [Authorise(Roles.Secretariat)]
    public sealed record Query(string? Who = null, string? What = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
        string? Record = null, int Page = 1) : IQuery<Result>;

    public sealed record Result(IReadOnlyList<AuditRow> Rows, int Page, bool HasNext);

    public sealed class AuditRow
    {
        public long Id { get; init; }
        public DateTimeOffset At { get; init; }
        public string UserName { get; init; } = "";
        public string Action { get; init; } = "";
        public string Data { get; init; } = "";
        public string? Hash { get; init; }
        public DateTimeOffset? ErasedAt { get; init; }
    }

    private const string Sql = """
        SELECT Id, At, UserName, Action, Data, Hash, ErasedAt FROM AuditLog
        WHERE (@Who IS NULL OR LOWER(UserName) LIKE @Who)
          AND (@What IS NULL OR LOWER(Action) LIKE @What)
          AND (@From IS NULL OR At >= @From)
          AND (@To IS NULL OR At < @To)
          AND (@Record IS NULL OR Data LIKE @InList OR Data LIKE @Last OR Data LIKE @Text)
        ORDER BY Id DESC
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query q, CancellationToken ct) => LoadAsync(db, q, ct);
    }

    internal static async Task<Result> LoadAsync(Db db, Query q, CancellationToken ct)
    {
        var page = Math.Max(1, q.Page);
        var record = string.IsNullOrWhiteSpace(q.Record) ? null : q.Record.Trim();
        var rows = (await db.QueryAsync<AuditRow>($"{Sql} {db.Dialect.PageClause}", new
        {
            Who = Contains(q.Who), What = Contains(q.What), q.From, q.To, Record = record,
            InList = $"%:{record},%", Last = $"%:{record}}}%", Text = $"%\"{record}\"%",
            Skip = (page - 1) * PageSize, Take = PageSize + 1,
        }, ct)).ToList();
        return new Result(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    private static string? Contains(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : $"%{text.Trim().ToLowerInvariant()}%";
}
