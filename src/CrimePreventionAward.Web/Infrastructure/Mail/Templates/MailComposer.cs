using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>
/// Turns a slice's <see cref="TemplateMail"/> into the text the outbox stores: the edition's edited text of the
/// template when the secretariat saved one, otherwise the default in code.
/// </summary>
public sealed class MailComposer(Db db)
{
    private const string Edited = """
        SELECT Subject, Body FROM MailTemplateEdits WHERE Year = @Year AND TemplateKey = @Key AND Language = @Language
        """;

    public async Task<MailText> TextAsync(MailTemplate template, int? year, string language, CancellationToken ct) =>
        year is null ? template.In(language)
            : await db.QuerySingleOrDefaultAsync<MailText>(Edited, new { Year = year, template.Key, Language = language }, ct)
              ?? template.In(language);

    public async Task<OutgoingMail> ComposeAsync(TemplateMail mail, CancellationToken ct)
    {
        var language = MailLanguage.Of(mail.Language);
        var text = MailRenderer.Render(mail.Template, await TextAsync(mail.Template, mail.Year, language, ct), language, mail.ToName, mail.Values);
        return new OutgoingMail(mail.ToAddress, mail.ToName, text.Subject, text.Body, mail.DedupKey, mail.Token);
    }
}
