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
    internal const string RecentTo = """
        SELECT COUNT(*) FROM MailOutbox WHERE ToAddressKey = @ToAddressKey AND CreatedAt > @Since
        """;

    /// <summary>The recipient as the outbox indexes it (<c>ToAddressKey</c>), so the count is one index range.</summary>
    public static string Key(string toAddress) => toAddress.Trim().ToLowerInvariant();

    private int PerHour => configuration.GetValue("RateLimits:AnonymousMailsPerRecipientPerHour", 5);

    public async Task<bool> AllowsAsync(string toAddress, CancellationToken ct) =>
        user.IsAuthenticated
        || await db.ScalarAsync<int>(RecentTo, new { ToAddressKey = Key(toAddress), Since = clock.GetUtcNow().AddHours(-1) }, ct) < PerHour;
}
