using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// Every e-mail text in one place, with the edition's facts filled in: Danish, and English for a nominator who used
/// the English form.
/// </summary>
public static class MailTemplates
{
    public sealed record Text(string Subject, string Body);

    /// <summary>The one signature every mail ends with.</summary>
    public const string Signature = "\n\nVenlig hilsen\nSekretariatet for Den Kriminalpræventive Pris\nDet Kriminalpræventive Råd";

    public const string EnglishSignature = "\n\nKind regards\nThe secretariat of Den Kriminalpræventive Pris\nDet Kriminalpræventive Råd (the Danish Crime Prevention Council)";

    public static string SignatureIn(string language) => language == MailLanguage.English ? EnglishSignature : Signature;

    public static Text GuestInvitation(string guestName, string editionName, DateTimeOffset startsAt, string venue,
        string address, string presenter, string answerLink) => new(
        $"Invitation: overrækkelsen af {editionName}",
        $"""
        {Salutation(guestName)}

        Det Kriminalpræventive Råd inviterer dig til overrækkelsen af {editionName}
        {DanishTime.Format(startsAt)} i {Place(venue, address)}.
        {(presenter.Length > 0 ? $"{presenter} overrækker prisen.\n" : "")}
        Svar venligst, om du kommer, og hvor mange I bliver, via dit personlige link:
        {answerLink}
        """ + Signature);

    public static Text DraftReminder(string name, string editionName, DateTimeOffset deadline, string formLink, string language) =>
        language == MailLanguage.English
        ? new(
            $"Remember to send your nomination for {editionName}",
            $"""
            {Salutation(name, language)}

            You have started a nomination for {editionName}, but it has not been sent yet.
            The deadline is {MailLanguage.Time(deadline, language)}. A draft that is not sent before the deadline is not included.

            Open your draft with the link in the e-mail you received when you saved it, or read more here:
            {formLink}
            """ + EnglishSignature)
        : new(
            $"Husk at sende din indstilling til {editionName}",
            $"""
            {Salutation(name)}

            Du har påbegyndt en indstilling til {editionName}, men den er endnu ikke sendt.
            Fristen er {DanishTime.Format(deadline)}. En kladde, der ikke er sendt inden fristen, kommer ikke med.

            Åbn din kladde med linket i den e-mail, du fik, da du gemte den, eller se mere her:
            {formLink}
            """ + Signature);

    public static Text ScoringReminder(string jurorName, string editionName, DateTimeOffset deadline, int unfinished, string juryLink) => new(
        $"Påmindelse: bedømmelsen af {editionName} slutter {DanishTime.Format(deadline)}",
        $"""
        {Salutation(jurorName)}

        Du mangler at gøre bedømmelsen færdig for {(unfinished == 1 ? "1 indstilling" : $"{unfinished} indstillinger")} til {editionName}.
        Fristen for bedømmelsen er {DanishTime.Format(deadline)}; derefter låses arkene.

        Log ind og bedøm her:
        {juryLink}
        """ + Signature);

    public static Text BallotReminder(string jurorName, string editionName, DateTimeOffset deadline, string juryLink) => new(
        $"Påmindelse: afstemningen om {editionName} slutter {DanishTime.Format(deadline)}",
        $"""
        {Salutation(jurorName)}

        Du har endnu ikke afgivet din stemme i afstemningen om vinderen af {editionName}.
        Afstemningen slutter {DanishTime.Format(deadline)}.

        Log ind og stem her:
        {juryLink}
        """ + Signature);

    public static Text FinalVoteOpen(string jurorName, string editionName, DateTimeOffset deadline, string ballotLink) => new(
        $"Afstemningen om vinderen af {editionName} er åben",
        $"""
        {Salutation(jurorName)}

        Juryens afstemning om vinderen af {editionName} er nu åben.
        Afstemningen slutter {DanishTime.Format(deadline)}.

        Log ind og stem her:
        {ballotLink}
        """ + Signature);

    public static Text Screened(string nominatorName, string editionName, string reference, string title, bool eligible, string? sharedReason,
        string language) => language == MailLanguage.English
        ? new(
            $"Your nomination {reference} for {editionName} has been screened",
            $"""
            {Salutation(nominatorName, language)}

            The secretariat has reviewed your nomination {reference} ("{title}") for {editionName}.
            {(eligible
                ? "The nomination meets the conditions and goes on to the jury's assessment."
                : "Unfortunately the nomination does not meet the conditions and therefore does not go on to the jury's assessment.")}
            {(sharedReason is { Length: > 0 } ? $"\nReason:\n{sharedReason}\n" : "")}
            """ + EnglishSignature)
        : new(
            $"Din indstilling {reference} til {editionName} er screenet",
            $"""
            {Salutation(nominatorName)}

            Sekretariatet har gennemgået din indstilling {reference} ("{title}") til {editionName}.
            {(eligible
                ? "Indstillingen opfylder betingelserne og går videre til juryens bedømmelse."
                : "Indstillingen opfylder desværre ikke betingelserne og går derfor ikke videre til juryens bedømmelse.")}
            {(sharedReason is { Length: > 0 } ? $"\nBegrundelse:\n{sharedReason}\n" : "")}
            """ + Signature);

    public static Text ShortlistPublished(string nominatorName, string editionName, string reference, string title, bool nominated,
        string nomineesLink, string language) => language == MailLanguage.English
        ? new(
            nominated ? $"Your nomination is among the nominees for {editionName}" : $"The nominees for {editionName} have been announced",
            $"""
            {Salutation(nominatorName, language)}

            The jury has now chosen the nominees for {editionName}.
            {(nominated
                ? $"We are pleased to tell you that your nomination {reference} (\"{title}\") is among the nominees."
                : $"Unfortunately your nomination {reference} (\"{title}\") is not among the nominees. Thank you for nominating.")}

            See all the nominees here:
            {nomineesLink}
            """ + EnglishSignature)
        : new(
            nominated ? $"Din indstilling er blandt de nominerede til {editionName}" : $"De nominerede til {editionName} er offentliggjort",
            $"""
            {Salutation(nominatorName)}

            Juryen har nu valgt de nominerede til {editionName}.
            {(nominated
                ? $"Vi er glade for at kunne fortælle, at din indstilling {reference} (\"{title}\") er blandt de nominerede."
                : $"Din indstilling {reference} (\"{title}\") er desværre ikke blandt de nominerede. Tak, fordi du indstillede.")}

            Se alle de nominerede her:
            {nomineesLink}
            """ + Signature);

    public static Text CeremonyReminder(string guestName, string editionName, DateTimeOffset startsAt, string venue,
        string address, int persons, string ceremonyLink) => new(
        $"Vi ses til overrækkelsen af {editionName}",
        $"""
        {Salutation(guestName)}

        Tak, fordi du har meldt din ankomst ({persons} {(persons == 1 ? "person" : "personer")}).
        Overrækkelsen af {editionName} finder sted {DanishTime.Format(startsAt)} i {Place(venue, address)}.

        Program og kalenderfil:
        {ceremonyLink}
        """ + Signature);

    /// <summary>A name is not required everywhere, and "Kære " with nothing after it reads as a broken mail.</summary>
    public static string Salutation(string? name) => Salutation(name, MailLanguage.Danish);

    public static string Salutation(string? name, string language) => language == MailLanguage.English
        ? string.IsNullOrWhiteSpace(name) ? "Dear recipient" : $"Dear {name.Trim()}"
        : string.IsNullOrWhiteSpace(name) ? "Kære modtager" : $"Kære {name.Trim()}";

    private static string Place(string venue, string address) =>
        string.Join(", ", new[] { venue, address }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } place ? place : "(stedet oplyses senere)";
}
