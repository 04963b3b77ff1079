namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>Turns a slice's <see cref="TemplateMail"/> into the text the outbox stores.</summary>
public sealed class MailComposer
{
    public Task<OutgoingMail> ComposeAsync(TemplateMail mail, CancellationToken ct)
    {
        var language = MailLanguage.Of(mail.Language);
        var text = MailRenderer.Render(mail.Template, mail.Template.In(language), language, mail.ToName, mail.Values);
        return Task.FromResult(new OutgoingMail(mail.ToAddress, mail.ToName, text.Subject, text.Body, mail.DedupKey, mail.Token));
    }
}
