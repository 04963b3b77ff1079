using System.Globalization;
using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>The language a mail is written in: the one its recipient used on the web (Danish unless they chose English).</summary>
public static class MailLanguage
{
    public const string Danish = "da";
    public const string English = "en";

    /// <summary>The current request's UI language; outside a request (jobs, seeding) Danish.</summary>
    public static string Current() => Of(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static string Of(string? language) => language == English ? English : Danish;

    /// <summary>A language a request may ask for: none (Danish), Danish or English.</summary>
    public static bool IsKnown(string? language) => language is null or "" or Danish or English;

    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A Copenhagen wall-clock time in the mail's language: "1 November 2019 at 23:59 (Danish time)" in English.</summary>
    public static string Time(DateTimeOffset utc, string language) => language == English
        ? DanishTime.ToLocal(utc).ToString("d MMMM yyyy 'at' HH:mm '(Danish time)'", EnglishCulture)
        : DanishTime.Format(utc);
}
