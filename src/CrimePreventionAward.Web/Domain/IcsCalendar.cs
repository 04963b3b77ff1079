using System.Globalization;
using System.Text;

namespace CrimePreventionAward.Web.Domain;

/// <summary>
/// One event as an iCalendar file (RFC 5545): local Copenhagen times with a VTIMEZONE, so calendars show the right
/// wall-clock time on both sides of the summer-time change; text escaped and lines folded at 75 octets.
/// </summary>
public static class IcsCalendar
{
    public const string TimeZoneId = "Europe/Copenhagen";

    public sealed record Event(string Uid, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End,
        string Summary, string Location, string Description);

    // The EU rule since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
    private static readonly string[] TimeZone =
    [
        "BEGIN:VTIMEZONE",
        "TZID:" + TimeZoneId,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static string Write(Event e)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Det Kriminalpraeventive Raad//Den Kriminalpraeventive Pris//DA",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        };
        lines.AddRange(TimeZone);
        lines.AddRange(
        [
            "BEGIN:VEVENT",
            "UID:" + Escape(e.Uid),
            "DTSTAMP:" + e.Stamp.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            $"DTSTART;TZID={TimeZoneId}:{Local(e.Start)}",
            $"DTEND;TZID={TimeZoneId}:{Local(e.End)}",
            "SUMMARY:" + Escape(e.Summary),
            "LOCATION:" + Escape(e.Location),
            "DESCRIPTION:" + Escape(e.Description),
            "END:VEVENT",
            "END:VCALENDAR",
        ]);
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return text.ToString();
    }

    public static string Local(DateTimeOffset utc) =>
        DanishTime.ToLocal(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT values: backslash, semicolon and comma are escaped, line breaks become \n.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and a space, never inside a character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
