using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// The mails to the nominator, each with the private link built from the public base address, in the language the
/// nominator used on the form.
/// </summary>
internal static class NominationMail
{
    private static string PrivateLink(MailSettings settings, string reference) =>
        $"{settings.PublicBaseUrl.TrimEnd('/')}/indstilling/{Uri.EscapeDataString(reference)}?token={MailToken.Placeholder}";

    private static string DraftLink(MailSettings settings, long id) =>
        $"{settings.PublicBaseUrl.TrimEnd('/')}/indstil?kladde={id}&token={MailToken.Placeholder}";

    public static TemplateMail Confirmation(MailSettings settings, int year, NominationFields f, string reference, string token,
        DateTimeOffset deadline, string language, string dedupKey) =>
        new(NominatorTemplates.Receipt, year, language, f.NominatorEmail!, f.NominatorName ?? "", new Dictionary<string, object?>
        {
            ["candidate"] = f.CandidateName, ["title"] = f.Title, ["reference"] = reference, ["deadline"] = deadline,
            ["link"] = PrivateLink(settings, reference),
        }, dedupKey, new MailToken(MailToken.NominationLink, token));

    public static TemplateMail DraftSaved(MailSettings settings, int year, NominationFields f, long id, string token, DateTimeOffset deadline,
        string language, string dedupKey) =>
        new(NominatorTemplates.DraftSaved, year, language, f.NominatorEmail!, f.NominatorName ?? "", new Dictionary<string, object?>
        {
            ["deadline"] = deadline, ["link"] = DraftLink(settings, id),
        }, dedupKey, new MailToken(MailToken.DraftLink, token));

    public static TemplateMail KeptLate(MailSettings settings, int year, NominationFields f, long id, string token, DateTimeOffset deadline,
        string language, string dedupKey) =>
        new(NominatorTemplates.KeptLate, year, language, f.NominatorEmail!, f.NominatorName ?? "", new Dictionary<string, object?>
        {
            ["draft"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["deadline"] = deadline,
            ["secretariat"] = settings.SecretariatAddress, ["link"] = DraftLink(settings, id),
        }, dedupKey, new MailToken(MailToken.DraftLink, token));
}
