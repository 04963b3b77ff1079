using System.Security.Cryptography;
using System.Text;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>One-time sign-in links: 32 random bytes in base64url, only their SHA-256 stored, valid 72 hours.</summary>
public static class SignInLinkTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    private const string Insert = """
        INSERT INTO SignInLinks (UserId, TokenHash, CreatedAt, ExpiresAt, UsedAt) VALUES (@UserId, @TokenHash, @Now, @ExpiresAt, NULL)
        """;

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Stores a new link for the user and returns the token (it exists only in the mail after this).</summary>
    public static async Task<string> CreateAsync(Db db, long userId, DateTimeOffset now, CancellationToken ct)
    {
        var token = NewToken();
        await db.ExecuteAsync(Insert, new { UserId = userId, TokenHash = Hash(token), Now = now, ExpiresAt = now + Lifetime }, ct);
        return token;
    }

    /// <summary>The link as queued in the outbox: the token itself travels beside it, protected, until delivery.</summary>
    public static string Url(string publicBaseUrl) => $"{publicBaseUrl.TrimEnd('/')}/login/link/{MailToken.Placeholder}";

    public static MailToken ForMail(string token) => new(MailToken.SignInLink, token);

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
