using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>
/// One-time links to set a secretariat password, as safe as the jury's sign-in links: random, stored as a hash,
/// single use, and short-lived, since whoever holds one can take the account.
/// </summary>
public static class PasswordLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    /// <summary>A new account's first link waits longer: the invitation may sit in an inbox over a weekend.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromHours(72);
    public const int MaxPerHour = 5;

    private const string Insert = """
        INSERT INTO PasswordLinks (UserId, TokenHash, CreatedAt, ExpiresAt, UsedAt) VALUES (@UserId, @TokenHash, @Now, @ExpiresAt, NULL)
        """;

    private const string Recent = "SELECT COUNT(*) FROM PasswordLinks WHERE UserId = @UserId AND CreatedAt > @Since";

    public static async Task<MailToken> CreateAsync(Db db, long userId, DateTimeOffset now, TimeSpan lifetime, CancellationToken ct)
    {
        var token = SignInLinkTokens.NewToken();
        await db.ExecuteAsync(Insert, new { UserId = userId, TokenHash = SignInLinkTokens.Hash(token), Now = now, ExpiresAt = now + lifetime }, ct);
        return new MailToken(MailToken.PasswordLink, token);
    }

    public static async Task<bool> TooManyAsync(Db db, long userId, DateTimeOffset now, CancellationToken ct) =>
        await db.ScalarAsync<int>(Recent, new { UserId = userId, Since = now.AddHours(-1) }, ct) >= MaxPerHour;

    public static string Url(string publicBaseUrl) => $"{publicBaseUrl.TrimEnd('/')}/login/ny-adgangskode/{MailToken.Placeholder}";
}
