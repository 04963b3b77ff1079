using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Infrastructure.Web.PublicCache;

/// <summary>
/// What the public pages may be cached under: a generation that changes at the next instant at which a public page can
/// change by the clock alone (a deadline, the ceremony, an announcement's due time, read from today's data) and after
/// every committed command. A cache entry made under one generation is never found under the next, whatever the
/// cache's own clock says, so nothing rendered before an instant is served after it.
/// </summary>
public sealed class PublicSchedule(TimeProvider clock)
{
    private const string InstantsSql = $"""
        SELECT NominationOpensAt AS At FROM Editions
        UNION ALL SELECT NominationDeadline FROM Editions
        UNION ALL SELECT ScoringDeadline FROM Editions
        UNION ALL SELECT FinalVoteDeadline FROM Editions
        UNION ALL SELECT {EditionFacts.CeremonyStart} FROM Editions e
        UNION ALL SELECT a.AnnounceAt FROM Announcements a
        UNION ALL SELECT {EditionFacts.DueAt} FROM Announcements a JOIN Editions e ON e.Year = a.Year
        """;

    /// <summary>One generation: valid from <paramref name="From"/> (inclusive) until <paramref name="Until"/> (exclusive).</summary>
    public sealed record Window(long Generation, DateTimeOffset From, DateTimeOffset Until)
    {
        public bool Covers(DateTimeOffset now) => From <= now && now < Until;
    }

    private readonly SemaphoreSlim reload = new(1, 1);
    private Window current = Stale(0);
    private long generation;

    /// <summary>A window that covers no instant; a new object each time, so a reload can tell that a command came between.</summary>
    private static Window Stale(long generation) => new(generation, DateTimeOffset.MaxValue, DateTimeOffset.MinValue);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The window that covers now, reading the next instant from the database when the last one has passed.</summary>
    public async ValueTask<Window> CurrentAsync(Db db, CancellationToken ct)
    {
        var window = Volatile.Read(ref current);
        if (window.Covers(Now)) return window;
        await reload.WaitAsync(ct);
        try
        {
            var seen = Volatile.Read(ref current);
            var now = Now;
            if (seen.Covers(now)) return seen;
            var instants = await db.QueryAsync<DateTimeOffset>(InstantsSql, ct: ct);
            var next = instants.Where(at => at > now).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            var fresh = new Window(Interlocked.Increment(ref generation), now, next);
            // A command committed while we read: its change may be missing from what we read, so read again next time.
            return Interlocked.CompareExchange(ref current, fresh, seen) == seen ? fresh : fresh with { Until = now };
        }
        finally
        {
            reload.Release();
        }
    }

    /// <summary>Called after every committed command: whatever was cached before it is never served again.</summary>
    public void Changed()
    {
        Volatile.Write(ref current, Stale(Interlocked.Increment(ref generation)));
    }

    /// <summary>True while <paramref name="window"/> is still the one in force (no command since, no instant passed).</summary>
    public bool StillCurrent(Window window) => ReferenceEquals(Volatile.Read(ref current), window) && window.Covers(Now);
}
