using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// The mails to the nominator, each with the private link built from the public base address; the receipt and the
/// draft link (also one kept after the deadline) are written in the language the nominator used on the form.
/// </summary>
internal static class NominationMail
{
    private static string PrivateLink(MailSettings settings, string reference) =>
        $"{settings.PublicBaseUrl.TrimEnd('/')}/indstilling/{Uri.EscapeDataString(reference)}?token={MailToken.Placeholder}";

    private static string DraftLink(MailSettings settings, long id) =>
        $"{settings.PublicBaseUrl.TrimEnd('/')}/indstil?kladde={id}&token={MailToken.Placeholder}";

    public static OutgoingMail Confirmation(MailSettings settings, NominationFields f, string reference, string token, DateTimeOffset deadline,
        string language) => new(
        f.NominatorEmail!, f.NominatorName ?? "",
        language == MailLanguage.English
            ? $"Receipt for your nomination {reference} for Den Kriminalpræventive Pris"
            : $"Kvittering for din indstilling {reference} til Den Kriminalpræventive Pris",
        (language == MailLanguage.English
            ? $"""
            {MailTemplates.Salutation(f.NominatorName, language)}

            Thank you for nominating "{f.CandidateName}" ({f.Title}) for Den Kriminalpræventive Pris.
            Its reference number is {reference}.

            You can view, correct or withdraw the nomination until the deadline, {MailLanguage.Time(deadline, language)}, via your private link:
            {PrivateLink(settings, reference)}

            Do not share the link: anyone who has it can change the nomination.
            """
            : $"""
            {MailTemplates.Salutation(f.NominatorName)}

            Tak for din indstilling af "{f.CandidateName}" ({f.Title}) til Den Kriminalpræventive Pris.
            Den har referencenummeret {reference}.

            Du kan se, rette eller trække indstillingen tilbage frem til fristen {DanishTime.Format(deadline)} via dit private link:
            {PrivateLink(settings, reference)}

            Del ikke linket med andre: alle med linket kan ændre indstillingen.
            """) + MailTemplates.SignatureIn(language)) { Token = new MailToken(MailToken.NominationLink, token) };

    public static OutgoingMail DraftSaved(MailSettings settings, NominationFields f, long id, string token, DateTimeOffset deadline,
        string language) => new(
        f.NominatorEmail!, f.NominatorName ?? "",
        language == MailLanguage.English
            ? "Your draft nomination for Den Kriminalpræventive Pris"
            : "Din kladde til en indstilling til Den Kriminalpræventive Pris",
        (language == MailLanguage.English
            ? $"""
            {MailTemplates.Salutation(f.NominatorName, language)}

            Your draft nomination has been saved. You can go on working on it – also from another computer – via this link:
            {DraftLink(settings, id)}

            Remember to send the nomination before the deadline, {MailLanguage.Time(deadline, language)}. A draft is not a nomination.
            """
            : $"""
            {MailTemplates.Salutation(f.NominatorName)}

            Din kladde til en indstilling er gemt. Du kan arbejde videre på den – også fra en anden computer – via dette link:
            {DraftLink(settings, id)}

            Husk at sende indstillingen inden fristen {DanishTime.Format(deadline)}. En kladde er ikke en indstilling.
            """) + MailTemplates.SignatureIn(language)) { Token = new MailToken(MailToken.DraftLink, token) };

    public static OutgoingMail KeptLate(MailSettings settings, NominationFields f, long id, string token, DateTimeOffset deadline,
        string language) => new(
        f.NominatorEmail!, f.NominatorName ?? "",
        language == MailLanguage.English
            ? $"Your nomination arrived after the deadline – it is kept as draft no. {id}"
            : $"Din indstilling kom efter fristen – den er gemt som kladde nr. {id}",
        (language == MailLanguage.English
            ? $"""
            {MailTemplates.Salutation(f.NominatorName, language)}

            The deadline for nominations for Den Kriminalpræventive Pris passed {MailLanguage.Time(deadline, language)}, so your
            nomination has not been sent. Everything you wrote is kept as draft no. {id}. You can see it via this link:
            {DraftLink(settings, id)}

            If you want to ask the secretariat to accept the nomination late, write to {settings.SecretariatAddress}
            and give draft no. {id}.
            """
            : $"""
            {MailTemplates.Salutation(f.NominatorName)}

            Fristen for indstillinger til Den Kriminalpræventive Pris udløb {DanishTime.Format(deadline)}, så din indstilling
            er ikke sendt. Alt, hvad du skrev, er gemt som kladde nr. {id}. Du kan se den via dette link:
            {DraftLink(settings, id)}

            Vil du bede sekretariatet om at tage imod indstillingen for sent, så skriv til {settings.SecretariatAddress}
            og oplys kladde nr. {id}.
            """) + MailTemplates.SignatureIn(language)) { Token = new MailToken(MailToken.DraftLink, token) };
}
