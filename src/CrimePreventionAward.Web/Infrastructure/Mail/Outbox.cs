using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// Mail is written in the transaction of the change that causes it and delivered right after that transaction
/// commits, so a rolled-back change sends nothing. A dedup key (e.g. "reminder:2020:juror:7:7d") makes a repeated send a no-op.
/// </summary>
public sealed class Outbox(Db db, TimeProvider clock, MailSignal signal, MailTokenProtector tokens, MailComposer composer)
{
    private const string Insert = """
        INSERT INTO MailOutbox (DedupKey, ToAddress, ToAddressKey, ToName, Subject, BodyText, TokenPurpose, ProtectedToken, Status, Attempts, NextAttemptAt, CreatedAt)
        SELECT @DedupKey, @ToAddress, @ToAddressKey, @ToName, @Subject, @BodyText, @TokenPurpose, @ProtectedToken, 'Pending', 0, @Now, @Now
        WHERE @DedupKey IS NULL OR NOT EXISTS (SELECT 1 FROM MailOutbox WHERE DedupKey = @DedupKey)
        """;

    /// <summary>Renders a template and queues it; false when a message with the same dedup key was already queued.</summary>
    public async Task<bool> EnqueueAsync(TemplateMail mail, CancellationToken ct) =>
        await EnqueueAsync(await composer.ComposeAsync(mail, ct), ct);

    /// <summary>Returns false when a message with the same dedup key was already queued.</summary>
    public async Task<bool> EnqueueAsync(OutgoingMail mail, CancellationToken ct)
    {
        if (db.Transaction is null) throw new InvalidOperationException("Mail is queued only inside a command's transaction.");
        var rows = await db.ExecuteAsync(Insert, new
        {
            mail.DedupKey, mail.ToAddress, ToAddressKey = AnonymousMailLimit.Key(mail.ToAddress), mail.ToName, mail.Subject, mail.BodyText, Now = clock.GetUtcNow(),
            TokenPurpose = mail.Token?.Purpose, ProtectedToken = mail.Token is { } token ? tokens.Protect(token) : null,
        }, ct);
        if (rows == 1) db.AfterCommit(signal.Raise);
        return rows == 1;
    }
}

/// <summary>A mail to queue. A link's secret goes in <paramref name="Token"/>, never in the text (which holds <see cref="MailToken.Placeholder"/>).</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string BodyText, string? DedupKey = null, MailToken? Token = null);
