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

public enum GuestKind { Nominee, Presenter, Press, Other }

public enum GuestResponse { Attending, NotAttending }

public static class GuestNames
{
    public static string Danish(GuestKind kind) => kind switch
    {
        GuestKind.Nominee => "Nomineret",
        GuestKind.Presenter => "Overrækker",
        GuestKind.Press => "Presse",
        _ => "Anden gæst",
    };
}
