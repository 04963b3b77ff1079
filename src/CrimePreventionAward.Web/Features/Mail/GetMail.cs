using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

public static class GetMail
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(long Id) : IQuery<Mail>;

    public sealed record Mail
    {
        public long Id { get; init; }
        public string ToAddress { get; init; } = "";
        public string ToName { get; init; } = "";
        public string Subject { get; init; } = "";
        public string BodyText { get; init; } = "";
        public string Status { get; init; } = "";
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? SentAt { get; init; }
    }

    private const string Sql = """
        SELECT Id, ToAddress, ToName, Subject, BodyText, Status, Attempts, LastError, CreatedAt, SentAt FROM MailOutbox WHERE Id = @Id
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, Mail>
    {
        public Task<Mail> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Id, ct);
    }

    /// <summary>One mail with its links redacted; not found when there is none.</summary>
    internal static async Task<Mail> LoadAsync(Db db, long id, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<Mail>(Sql, new { Id = id }, ct) is { } mail
            ? mail with { BodyText = MailToken.Redact(mail.BodyText) }
            : throw new NotFoundException("Mailen findes ikke.");
}
