using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>
/// Sends what is due. Each message is claimed in its own short write before it is sent, so two runs (the minutely
/// job and a run started by a commit, or two instances) never send the same one, and a slow SMTP server never holds
/// the database's write lock. A run that dies leaves its claim to expire; only the message it had in flight is then
/// sent again, with the same Message-Id.
/// </summary>
public static class DeliverOutbox
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Max = 50) : IRequest<Result>;

    /// <param name="More">More was due than this run took on (Max): run again.</param>
    public sealed record Result(int Sent, int Failed, int Retrying, bool More = false);

    private const string Due = """
        SELECT Id, ToAddress, ToName, Subject, BodyText, TokenPurpose, ProtectedToken, DedupKey, Attempts FROM MailOutbox
        WHERE (Status = 'Pending' AND NextAttemptAt <= @Now) OR (Status = 'Sending' AND ClaimedUntil < @Now)
        ORDER BY Id
        """;

    private const string Claim = """
        UPDATE MailOutbox SET Status = 'Sending', ClaimedUntil = @Until, Attempts = Attempts + 1
        WHERE Id = @Id AND ((Status = 'Pending' AND NextAttemptAt <= @Now) OR (Status = 'Sending' AND ClaimedUntil < @Now))
        """;

    private const string MarkSent = """
        UPDATE MailOutbox SET Status = 'Sent', SentAt = @Now, ClaimedUntil = NULL, ProtectedToken = NULL WHERE Id = @Id AND Status = 'Sending'
        """;

    private const string MarkFailure = """
        UPDATE MailOutbox SET LastError = @Error, NextAttemptAt = @Next, Status = @Status, ClaimedUntil = NULL
        WHERE Id = @Id AND Status = 'Sending'
        """;

    /// <summary>
    /// The oldest due messages, one more than a run takes on so it knows to run again. Never the whole backlog: after
    /// a busy evening that is thousands of bodies, read again by every run a commit starts.
    /// </summary>
    internal static async Task<IReadOnlyList<Row>> DueAsync(Db db, DateTimeOffset now, int max, CancellationToken ct) =>
        (await db.QueryAsync<Row>($"{Due} {db.Dialect.PageClause}", new { Now = now, Skip = 0, Take = max + 1 }, ct)).ToList();

    public sealed class Handler(Db db, MailSender sender, MailTokenProtector tokens, TimeProvider clock, IOptions<MailSettings> settings, ILogger<Handler> logger)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            int sent = 0, failed = 0, retrying = 0;
            var due = await DueAsync(db, clock.GetUtcNow(), c.Max, ct);
            foreach (var row in due.Take(c.Max))
            {
                if (!await ClaimAsync(row.Id, ct)) continue;
                try
                {
                    await sender.SendAsync(row.Id, Render(row), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (await MarkFailureAsync(row, e)) failed++; else retrying++;
                    continue;
                }
                // Accepted by the server: marked even when the run is being stopped, so a stop never sends it twice.
                await WriteAsync(MarkSent, new { row.Id, Now = clock.GetUtcNow() }, CancellationToken.None);
                sent++;
            }
            return new Result(sent, failed, retrying, due.Count > c.Max);
        }

        /// <summary>The one place a stored message becomes the mail that is sent.</summary>
        private OutgoingMail Render(Row row) =>
            new(row.ToAddress, row.ToName, row.Subject, tokens.Render(row.BodyText, row.TokenPurpose, row.ProtectedToken), row.DedupKey);

        private async Task<bool> ClaimAsync(long id, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var until = now + TimeSpan.FromSeconds(settings.Value.ClaimSeconds);
            return await WriteAsync(Claim, new { Id = id, Now = now, Until = until }, ct) == 1;
        }

        /// <returns>True when the message has now failed for good.</returns>
        private async Task<bool> MarkFailureAsync(Row row, Exception e)
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
            }, CancellationToken.None);
            return giveUp;
        }

        private Task<int> WriteAsync(string sql, object args, CancellationToken ct) =>
            db.InTransactionAsync(() => db.ExecuteAsync(sql, args, ct), ct);
    }

    internal sealed class Row
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
