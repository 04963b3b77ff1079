namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>
/// One message: its key, a Danish title for the secretariat, the default texts in Danish and English and the named
/// placeholders they may use. The salutation and the signature are added by <see cref="MailRenderer"/>.
/// </summary>
public sealed record MailTemplate(string Key, string Title, MailText Danish, MailText English, params MailPlaceholder[] Placeholders)
{
    public MailText In(string language) => language == MailLanguage.English ? English : Danish;

    public MailPlaceholder? Placeholder(string name) => Placeholders.FirstOrDefault(p => p.Name == name);
}

/// <summary>A subject and a plain-text body with <c>{placeholders}</c>.</summary>
public sealed record MailText(string Subject, string Body);

/// <summary>
/// A value a template may use. The kind of <paramref name="Sample"/> is the kind of the value: a text, a time (written
/// in the mail's language), a number (<c>{n:indstilling|indstillinger}</c> adds the right word) or a yes/no
/// (<c>{flag?when yes|when no}</c>). A required one must stay in the text (a mail whose point is its link).
/// </summary>
public sealed record MailPlaceholder(string Name, string Description, object Sample, bool Required = false);
