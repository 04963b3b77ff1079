namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// The salutation and the one signature every mail has, in its language. The texts between them are templates in
/// <c>Infrastructure/Mail/Templates</c>, rendered by <see cref="Templates.MailRenderer"/>.
/// </summary>
public static class MailTemplates
{
    public const string Signature = "\n\nVenlig hilsen\nSekretariatet for Den Kriminalpræventive Pris\nDet Kriminalpræventive Råd";

    public const string EnglishSignature = "\n\nKind regards\nThe secretariat of Den Kriminalpræventive Pris\nDet Kriminalpræventive Råd (the Danish Crime Prevention Council)";

    public static string SignatureIn(string language) => language == MailLanguage.English ? EnglishSignature : Signature;

    /// <summary>A name is not required everywhere, and "Kære " with nothing after it reads as a broken mail.</summary>
    public static string Salutation(string? name, string language) => language == MailLanguage.English
        ? string.IsNullOrWhiteSpace(name) ? "Dear recipient" : $"Dear {name.Trim()}"
        : string.IsNullOrWhiteSpace(name) ? "Kære modtager" : $"Kære {name.Trim()}";
}
