using System.Globalization;

namespace CrimePreventionAward.Web.Domain;

/// <summary>Times are stored in UTC and shown as the wall clock in Copenhagen.</summary>
public static class DanishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("da-DK");

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>A Copenhagen wall-clock time (as typed in a form) to the instant it means.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>"1. november 2019 kl. 23.59"</summary>
    public static string Format(DateTimeOffset utc) =>
        ToLocal(utc).ToString("d. MMMM yyyy 'kl.' HH.mm", Culture);

    public static string FormatDate(DateTimeOffset utc) => ToLocal(utc).ToString("d. MMMM yyyy", Culture);
}
