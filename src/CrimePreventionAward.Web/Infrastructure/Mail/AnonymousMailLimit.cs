using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// Mail that an anonymous request causes (a receipt, a draft link) goes to an address anyone can type in, so no
/// address gets more than <c>RateLimits:AnonymousMailsPerRecipientPerHour</c> (5) messages an hour that way: the
/// form cannot be used to flood someone's inbox. The request itself still succeeds; the extra mail is not written.
/// </summary>
public sealed class AnonymousMailLimit(Db db, ICurrentUser user, TimeProvider clock, IConfiguration configuration)
{
    // The PerHour-th newest message to the address, not a count of them all: one seek and at most PerHour index
    // entries, however much mail the address has had (a limit raised for a load test included).
    internal const string NewestTo = """
        SELECT CreatedAt FROM MailOutbox WHERE ToAddressKey = @ToAddressKey ORDER BY CreatedAt DESC
        """;

    /// <summary>The recipient as the outbox indexes it (<c>ToAddressKey</c>), so the check is one index seek.</summary>
    public static string Key(string toAddress) => toAddress.Trim().ToLowerInvariant();

    private int PerHour => configuration.GetValue("RateLimits:AnonymousMailsPerRecipientPerHour", 5);

    public async Task<bool> AllowsAsync(string toAddress, CancellationToken ct)
    {
        if (user.IsAuthenticated) return true;
        if (PerHour <= 0) return false;
        var oldestCounted = await db.QuerySingleOrDefaultAsync<DateTimeOffset?>($"{NewestTo} {db.Dialect.PageClause}",
            new { ToAddressKey = Key(toAddress), Skip = PerHour - 1, Take = 1 }, ct);
        return oldestCounted is not { } at || at <= clock.GetUtcNow().AddHours(-1);
    }
}
