using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>
/// Growing delays after failed sign-ins instead of a lock: per account the delay stays short (a guesser cannot lock
/// the owner out), per client address it grows long (spraying many accounts from one address is slow).
/// </summary>
public static class SignInThrottle
{
    public const string Message = "For mange mislykkede forsøg. Vent lidt, og prøv igen.";

    /// <summary>Failures older than this are forgotten.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static readonly Rule PerAccount = new(FreeFailures: 3, MaxDelay: TimeSpan.FromMinutes(1));
    public static readonly Rule PerClient = new(FreeFailures: 10, MaxDelay: TimeSpan.FromMinutes(15));

    public sealed record Rule(int FreeFailures, TimeSpan MaxDelay)
    {
        /// <summary>1 s after the first failure beyond the free ones, then doubling up to the maximum.</summary>
        public TimeSpan DelayAfter(int failures) => failures < FreeFailures ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, Math.Min(failures - FreeFailures, 30))));
    }

    // An account's failures count until its next successful sign-in.
    private const string AccountFailures = """
        SELECT COUNT(*) AS Failures, MAX(a.AttemptedAt) AS LastAt FROM SignInAttempts a
        WHERE a.Email = @Email AND a.Succeeded = 0 AND a.AttemptedAt > @Since
          AND NOT EXISTS (SELECT 1 FROM SignInAttempts s WHERE s.Email = a.Email AND s.Succeeded = 1 AND s.AttemptedAt > a.AttemptedAt)
        """;

    private const string ClientFailures = """
        SELECT COUNT(*) AS Failures, MAX(AttemptedAt) AS LastAt FROM SignInAttempts
        WHERE ClientAddress = @ClientAddress AND Succeeded = 0 AND AttemptedAt > @Since
        """;

    /// <summary>Refuses with 429 while the account's or the client's delay has not passed.</summary>
    public static async Task EnsureAllowedAsync(Db db, string email, string? clientAddress, DateTimeOffset now, CancellationToken ct)
    {
        var account = await db.QuerySingleOrDefaultAsync<FailureRow>(AccountFailures, new { Email = email, Since = now - Window }, ct) ?? new();
        Check(account, PerAccount, now);
        // Without a known address (a Unix socket, an in-process test server) only the account is throttled.
        if (clientAddress is null) return;
        var client = await db.QuerySingleOrDefaultAsync<FailureRow>(ClientFailures, new { ClientAddress = clientAddress, Since = now - Window }, ct) ?? new();
        Check(client, PerClient, now);
    }

    private static void Check(FailureRow f, Rule rule, DateTimeOffset now)
    {
        if (f.LastAt is { } last && now < last + rule.DelayAfter(f.Failures))
            throw new TooManyRequestsException(Message);
    }

    private sealed class FailureRow
    {
        public int Failures { get; init; }
        public DateTimeOffset? LastAt { get; init; }
    }
}
