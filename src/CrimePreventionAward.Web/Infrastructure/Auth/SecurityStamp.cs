using System.Security.Claims;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CrimePreventionAward.Web.Infrastructure.Auth;

/// <summary>
/// A per-user value copied into the cookie at sign-in and compared on every request. Renewing it (logout, a
/// password change, removal from the jury) ends every session of that user, including copies of the cookie.
/// </summary>
public static class SecurityStamp
{
    public const string ClaimType = "kp.stamp";

    private const string Read = "SELECT COALESCE(SecurityStamp, '') FROM Users WHERE Id = @Id";

    private const string Renew = "UPDATE Users SET SecurityStamp = @Stamp WHERE Id = @Id";

    /// <summary>Returns the new stamp, for the one session that should go on (a password changed while signed in).</summary>
    public static async Task<string> RenewAsync(Db db, long userId, CancellationToken ct)
    {
        var stamp = Guid.NewGuid().ToString("N");
        await db.ExecuteAsync(Renew, new { Id = userId, Stamp = stamp }, ct);
        return stamp;
    }

    public static Claim Claim(string? stamp) => new(ClaimType, stamp ?? "");

    public static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var principal = ctx.Principal;
        if (!long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return;
        var db = ctx.HttpContext.RequestServices.GetRequiredService<Db>();
        var current = await db.QuerySingleOrDefaultAsync<string>(Read, new { Id = userId }, ctx.HttpContext.RequestAborted);
        if (current is not null && current == (principal!.FindFirstValue(ClaimType) ?? "")) return;
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
