namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>Placeholders many templates share, with clearly invented sample values for a preview without real data.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Time = new(2027, 5, 29, 12, 0, 0, TimeSpan.Zero);

    public static MailPlaceholder Edition => new("edition", "Prisens navn, fx \"Den Kriminalpræventive Pris 2027\"", "(eksempel) Den Kriminalpræventive Pris 2027");

    public static MailPlaceholder Year => new("year", "Prisens år", "2027");

    public static MailPlaceholder Link(string description) => new("link", description, "https://eksempel.invalid/link", Required: true);

    public static MailPlaceholder Reference => new("reference", "Indstillingens referencenummer", "KP-2027-001");

    public static MailPlaceholder Title => new("title", "Initiativets titel", "(eksempel) Tryg i Tinglev");

    public static MailPlaceholder Deadline(string description) => new("deadline", description, Time);
}
