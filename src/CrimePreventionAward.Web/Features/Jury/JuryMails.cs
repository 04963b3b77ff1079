using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>The Danish texts of the jury's mails.</summary>
public static class JuryMails
{
    public static string Invitation(string name, string edition, bool chair, string link, string baseUrl) =>
        $"{MailTemplates.Salutation(name)}\n\n" +
        $"Du er inviteret som {(chair ? "juryformand" : "jurymedlem")} for {edition}.\n\n" +
        "Log ind med dette link. Det kan bruges én gang og gælder i 72 timer:\n" +
        $"{link}\n\n" +
        $"Er linket udløbet, kan du bede om et nyt på {baseUrl.TrimEnd('/')}/login." + MailTemplates.Signature;

    public static string SignInLink(string name, string link) =>
        $"{MailTemplates.Salutation(name)}\n\n" +
        "Her er dit login-link til juryens sider. Det kan bruges én gang og gælder i 72 timer:\n" +
        $"{link}\n\n" +
        "Har du ikke bedt om linket, kan du se bort fra denne mail." + MailTemplates.Signature;

    public static string Reminder(string name, string edition, int scored, int toScore, string deadline, string link) =>
        $"{MailTemplates.Salutation(name)}\n\n" +
        $"En påmindelse om bedømmelsen til {edition}: du har bedømt {scored} af {toScore} indstillinger.\n" +
        $"Fristen for bedømmelse er {deadline}.\n\n" +
        "Log ind og fortsæt her (linket kan bruges én gang og gælder i 72 timer):\n" +
        $"{link}" + MailTemplates.Signature;
}
