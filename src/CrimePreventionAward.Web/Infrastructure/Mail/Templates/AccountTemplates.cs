namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>The mails to a secretariat account.</summary>
public static class AccountTemplates
{
    public static readonly MailTemplate PasswordReset = new("account.password-reset", "Ny adgangskode til sekretariatet",
        new("Ny adgangskode til Den Kriminalpræventive Pris", """
            Vi har fået en anmodning om en ny adgangskode til sekretariatets sider. Vælg en ny med dette link. Det kan bruges én gang og gælder i en time:
            {link}

            Har du ikke bedt om en ny adgangskode, kan du se bort fra denne mail; din adgangskode er uændret.
            """),
        new("New password for Den Kriminalpræventive Pris", """
            We have received a request for a new password to the secretariat's pages. Choose a new one with this link. It can be used once and is valid for one hour:
            {link}

            If you did not ask for a new password, you can ignore this e-mail; your password is unchanged.
            """),
        Samples.Link("Linket til at vælge adgangskode"));

    public static readonly MailTemplate Invitation = new("account.invitation", "Ny konto i sekretariatet",
        new("Du har fået adgang til sekretariatets sider for Den Kriminalpræventive Pris", """
            {invitedBy} har oprettet en konto til dig i sekretariatet for Den Kriminalpræventive Pris. Vælg din adgangskode med dette link. Det kan bruges én gang og gælder i 72 timer:
            {link}
            """),
        new("You have been given access to the secretariat's pages for Den Kriminalpræventive Pris", """
            {invitedBy} has created an account for you in the secretariat of Den Kriminalpræventive Pris. Choose your password with this link. It can be used once and is valid for 72 hours:
            {link}
            """),
        new MailPlaceholder("invitedBy", "Den kollega, der oprettede kontoen", "(eksempel) Karen Kollega"), Samples.Link("Linket til at vælge adgangskode"));
}
