using Microsoft.AspNetCore.DataProtection;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// The secret in a mail's link. The queued text holds <see cref="Placeholder"/> where the token goes; the token itself
/// is stored protected for its purpose, put in only at delivery, and erased from the row once the mail is sent.
/// </summary>
public sealed record MailToken(string Purpose, string Value)
{
    public const string Placeholder = "{{token}}";
    public const string Redacted = "[skjult]";

    public const string SignInLink = "SignInLink";
    public const string NominationLink = "NominationLink";
    public const string DraftLink = "DraftLink";
    public const string GuestLink = "GuestLink";
    public const string PasswordLink = "PasswordLink";

    /// <summary>The text as the secretariat may read it: the placeholder shown as hidden.</summary>
    public static string Redact(string text) => text.Replace(Placeholder, Redacted, StringComparison.Ordinal);
}

/// <summary>Protects a mail's token for its purpose when queued and turns the stored text into the sent one.</summary>
public sealed class MailTokenProtector(IDataProtectionProvider provider)
{
    public string Protect(MailToken token) => For(token.Purpose).Protect(token.Value);

    public string Render(string text, string? purpose, string? protectedToken) =>
        purpose is null || protectedToken is null ? text
            : text.Replace(MailToken.Placeholder, Uri.EscapeDataString(For(purpose).Unprotect(protectedToken)), StringComparison.Ordinal);

    private IDataProtector For(string purpose) => provider.CreateProtector("CrimePreventionAward.MailOutbox", purpose);
}
