using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>
/// Sends what is due. Not one transaction: each message is marked in its own short write, so a slow SMTP server
/// never holds the database's write lock.
/// </summary>
public static class DeliverOutbox
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Max = 50) : IRequest<Result>;

    public sealed record Result(int Sent, int Failed, int Retrying);

    private const string Due = """
        SELECT Id, ToAddress, ToName, Subject, BodyText, TokenPurpose, ProtectedToken, DedupKey, Attempts FROM MailOutbox
        WHERE Status = 'Pending' AND NextAttemptAt <= @Now ORDER BY Id
        """;

    private const string MarkSent = "UPDATE MailOutbox SET Status = 'Sent', Attempts = Attempts + 1, SentAt = @Now, ProtectedToken = NULL WHERE Id = @Id AND Status = 'Pending'";

    private const string MarkFailure = """
        UPDATE MailOutbox SET Attempts = Attempts + 1, LastError = @Error, NextAttemptAt = @Next, Status = @Status
        WHERE Id = @Id AND Status = 'Pending'
        """;

    public sealed class Handler(Db db, MailSender sender, MailTokenProtector tokens, TimeProvider clock, IOptions<MailSettings> settings, ILogger<Handler> logger)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            int sent = 0, failed = 0, retrying = 0;
            var due = (await db.QueryAsync<Row>(Due, new { Now = clock.GetUtcNow() }, ct)).Take(c.Max).ToList();
            foreach (var row in due)
            {
                try
                {
                    var body = tokens.Render(row.BodyText, row.TokenPurpose, row.ProtectedToken);
                    await sender.SendAsync(row.Id, new OutgoingMail(row.ToAddress, row.ToName, row.Subject, body, row.DedupKey), ct);
                    await WriteAsync(MarkSent, new { row.Id, Now = clock.GetUtcNow() }, ct);
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var attempts = row.Attempts + 1;
                    var giveUp = attempts >= settings.Value.MaxAttempts;
                    logger.LogWarning("Mail {Id} to {To} failed (attempt {Attempt}): {Error}", row.Id, row.ToAddress, attempts, e.Message);
                    // Back off 1, 2, 4, 8… minutes between attempts.
                    var next = clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Pow(2, attempts - 1));
                    await WriteAsync(MarkFailure, new
                    {
                        row.Id, Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message, Next = next,
                        Status = giveUp ? "Failed" : "Pending",
                    }, ct);
                    if (giveUp) failed++; else retrying++;
                }
            }
            return new Result(sent, failed, retrying);
        }

        private Task<int> WriteAsync(string sql, object args, CancellationToken ct) =>
            db.InTransactionAsync(() => db.ExecuteAsync(sql, args, ct), ct);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string ToAddress { get; init; } = "";
        public string ToName { get; init; } = "";
        public string Subject { get; init; } = "";
        public string BodyText { get; init; } = "";
        public string? TokenPurpose { get; init; }
        public string? ProtectedToken { get; init; }
        public string? DedupKey { get; init; }
        public int Attempts { get; init; }
    }
}
