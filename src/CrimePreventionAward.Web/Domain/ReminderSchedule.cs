namespace CrimePreventionAward.Web.Domain;

/// <summary>
/// When each reminder is due. An occasion's window runs from its time to the next occasion (or the deadline), so
/// a job that runs late still sends the reminder whose window is open, a later occasion supersedes an earlier one
/// that was never sent (nobody gets two reminders at once), and nothing is sent once the deadline has passed.
/// </summary>
public static class ReminderSchedule
{
    public sealed record Occasion(string Key, DateTimeOffset From);

    public static string? Due(IReadOnlyList<Occasion> occasions, DateTimeOffset deadline, DateTimeOffset now)
    {
        if (now >= deadline) return null;
        return occasions.Where(o => o.From <= now && o.From < deadline).OrderBy(o => o.From).LastOrDefault()?.Key;
    }

    /// <summary>Unsent drafts: 7 days and 1 day before the nomination deadline.</summary>
    public static IReadOnlyList<Occasion> Drafts(DateTimeOffset deadline) =>
        [new("7d", deadline.AddDays(-7)), new("1d", deadline.AddDays(-1))];

    /// <summary>Unfinished score sheets: 7 days, 2 days and the morning (08:00 Danish time) of the scoring deadline.</summary>
    public static IReadOnlyList<Occasion> Scoring(DateTimeOffset deadline) =>
        [new("7d", deadline.AddDays(-7)), new("2d", deadline.AddDays(-2)), new("morning", MorningOf(deadline))];

    /// <summary>Missing ballots: 2 days before the final vote closes.</summary>
    public static IReadOnlyList<Occasion> Ballots(DateTimeOffset deadline) => [new("2d", deadline.AddDays(-2))];

    /// <summary>Guests who said yes: 2 days before the ceremony.</summary>
    public static IReadOnlyList<Occasion> Ceremony(DateTimeOffset startsAt) => [new("2d", startsAt.AddDays(-2))];

    public static DateTimeOffset MorningOf(DateTimeOffset utc) => DanishTime.FromLocal(DanishTime.ToLocal(utc).Date.AddHours(8));
}
