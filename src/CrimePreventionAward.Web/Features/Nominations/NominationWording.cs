namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// The Danish messages of the nominations slice that carry values (labels, file names, years, dates). Pages translate a
/// message by recognising its template (Pages/NominationLocaliser), so the resource file holds the template, not every
/// file name; the constants keep the wording the handlers send and the wording the pages recognise the same.
/// </summary>
public static class NominationWording
{
    public const string TooLong = "{0} må højst have {1} tegn.";
    public const string FillIn = "Udfyld feltet {0}.";
    public const string Choose = "Vælg {0}.";

    public const string TooManyFiles = "Du kan højst vedhæfte {0} filer (der er allerede {1}).";
    public const string EmptyFile = "Filen {0} er tom.";
    public const string FileTooBig = "Filen {0} er for stor. Hver fil må højst fylde 10 MB.";
    public const string WrongFileType = "Filen {0} er ikke en PDF, et Word-dokument (.docx) eller et billede (JPEG eller PNG).";

    public const string NotYetOpen = "Der er endnu ikke åbnet for indstillinger til prisen {0}.";
    public const string DeadlinePassed = "Fristen for indstillinger til prisen {0} udløb {1}. Der kan ikke længere indsendes eller ændres indstillinger.";
    public const string KeptLate = "Det, du sendte, er gemt som kladde nr. {0}. Vil du bede sekretariatet om at tage imod indstillingen for sent, så skriv til {1} og oplys kladde nr. {0}.";
    public const string UnknownEdition = "Prisuddelingen {0} findes ikke.";
    public const string ScreeningOver = "Screeningen er afsluttet: prisuddelingen er i fasen {0}.";

    /// <summary>The templates a page recognises in a message; the field templates are listed whole in the resource
    /// file instead, because their labels are lower-cased into the sentence.</summary>
    public static readonly IReadOnlyList<string> WithValues =
        [TooManyFiles, EmptyFile, FileTooBig, WrongFileType, NotYetOpen, DeadlinePassed, KeptLate, UnknownEdition, ScreeningOver];

    public static string Format(string template, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, values);
}
