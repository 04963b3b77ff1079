using System.Security.Cryptography;
using System.Text;

namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>A guest's personal answer link: random, and stored only as its hash.</summary>
public static class GuestTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
