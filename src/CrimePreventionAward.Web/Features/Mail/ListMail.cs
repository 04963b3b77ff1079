using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>The outbox as the secretariat sees it: newest first, failed ones first of all.</summary>
public static class ListMail
{
    public const int PageSize = 200;

    [Authorise(Roles.Secretariat)]
    public sealed record Query(string? Status = null) : IQuery<IReadOnlyList<MailRow>>;

    public sealed class MailRow
    {
        public long Id { get; init; }
        public string ToAddress { get; init; } = "";
        public string ToName { get; init; } = "";
        public string Subject { get; init; } = "";
        public string Status { get; init; } = "";
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset NextAttemptAt { get; init; }
        public DateTimeOffset? SentAt { get; init; }
    }

    private const string Sql = """
        SELECT Id, ToAddress, ToName, Subject, Status, Attempts, LastError, CreatedAt, NextAttemptAt, SentAt
        FROM MailOutbox
        WHERE @Status IS NULL OR Status = @Status
        ORDER BY CASE WHEN Status = 'Failed' THEN 0 ELSE 1 END, Id DESC
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<MailRow>>
    {
        public Task<IReadOnlyList<MailRow>> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Status, ct);
    }

    internal static async Task<IReadOnlyList<MailRow>> LoadAsync(Db db, string? status, CancellationToken ct) =>
        (await db.QueryAsync<MailRow>($"{Sql} {db.Dialect.PageClause}", new { Status = status, Skip = 0, Take = PageSize }, ct)).ToList();
}
