using System.Globalization;

namespace CrimePreventionAward.Web.Domain;

/// <summary>Times are stored in UTC and shown as the wall clock in Copenhagen.</summary>
public static class DanishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("da-DK");

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public const int FirstSaneYear = 2000, LastSaneYear = 2100;

    public static bool IsSane(DateTimeOffset utc) => utc.Year is >= FirstSaneYear and <= LastSaneYear;

    /// <summary>
    /// A Copenhagen wall-clock time (as typed in a form) to the instant it means. A typed year outside the sane span
    /// (year 1 would overflow the offset arithmetic) becomes the earliest or latest instant, which validators refuse.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        if (local.Year < FirstSaneYear) return DateTimeOffset.MinValue;
        if (local.Year > LastSaneYear) return DateTimeOffset.MaxValue;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>
    /// The same Copenhagen wall-clock time a year later; 29 February becomes 28 February, and a time that summer time
    /// skips keeps its standard offset.
    /// </summary>
    public static DateTimeOffset NextYear(DateTimeOffset utc) => FromLocal(ToLocal(utc).DateTime.AddYears(1));

    /// <summary>"1. november 2019 kl. 23.59"</summary>
    public static string Format(DateTimeOffset utc) =>
        ToLocal(utc).ToString("d. MMMM yyyy 'kl.' HH.mm", Culture);

    public static string FormatDate(DateTimeOffset utc) => ToLocal(utc).ToString("d. MMMM yyyy", Culture);
}
