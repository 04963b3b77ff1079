namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>
/// A mail as a slice asks for it: which template, for which edition (whose edited texts apply), in which language, to
/// whom, with which values. <see cref="MailComposer"/> turns it into the <see cref="OutgoingMail"/> the outbox stores.
/// </summary>
public sealed record TemplateMail(MailTemplate Template, int? Year, string Language, string ToAddress, string ToName,
    IReadOnlyDictionary<string, object?> Values, string? DedupKey = null, MailToken? Token = null);
