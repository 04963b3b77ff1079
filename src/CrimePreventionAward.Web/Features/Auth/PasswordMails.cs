using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>The Danish texts of the secretariat's password mails (subject, body), kept together for the template folder.</summary>
public static class PasswordMails
{
    public const string ResetSubject = "Ny adgangskode til Den Kriminalpræventive Pris";

    public static string Reset(string name, string link) =>
        $"{MailTemplates.Salutation(name)}\n\n" +
        "Vi har fået en anmodning om en ny adgangskode til sekretariatets sider. Vælg en ny med dette link. " +
        "Det kan bruges én gang og gælder i en time:\n" +
        $"{link}\n\n" +
        "Har du ikke bedt om en ny adgangskode, kan du se bort fra denne mail; din adgangskode er uændret." + MailTemplates.Signature;

    public const string InvitationSubject = "Du har fået adgang til sekretariatets sider for Den Kriminalpræventive Pris";

    public static string Invitation(string name, string invitedBy, string link) =>
        $"{MailTemplates.Salutation(name)}\n\n" +
        $"{invitedBy} har oprettet en konto til dig i sekretariatet for Den Kriminalpræventive Pris. " +
        "Vælg din adgangskode med dette link. Det kan bruges én gang og gælder i 72 timer:\n" +
        $"{link}" + MailTemplates.Signature;
}
