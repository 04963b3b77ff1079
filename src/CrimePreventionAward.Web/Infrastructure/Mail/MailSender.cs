using CrimePreventionAward.Web.Infrastructure.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>Delivers one outbox message: over SMTP when a host is set, otherwise as an .eml file.</summary>
public sealed class MailSender(IOptions<MailSettings> settings, DatabaseOptions data)
{
    public async Task SendAsync(long outboxId, OutgoingMail mail, CancellationToken ct)
    {
        var s = settings.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(s.FromName, s.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        // A fixed Message-Id per outbox row lets a receiver drop the copy if a crash makes us send it again.
        message.MessageId = $"outbox-{outboxId}@kriminalpraeventivpris.dk";
        message.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = mail.BodyText },
            new TextPart("html") { Text = MailHtml.FromText(mail.BodyText) },
        };

        if (string.IsNullOrWhiteSpace(s.SmtpHost))
        {
            Directory.CreateDirectory(data.MailDirectory);
            await message.WriteToAsync(Path.Combine(data.MailDirectory, $"{outboxId:D6}.eml"), ct);
            return;
        }
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(30).TotalMilliseconds };
        await client.ConnectAsync(s.SmtpHost, s.SmtpPort, s.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(s.User)) await client.AuthenticateAsync(s.User, s.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
