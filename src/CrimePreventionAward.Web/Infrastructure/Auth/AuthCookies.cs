using System.Security.Claims;
using CrimePreventionAward.Web.Features.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CrimePreventionAward.Web.Infrastructure.Auth;

public static class AuthCookies
{
    public static Task SignInAsync(HttpContext http, SignedInUser user, params Claim[] extra) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user, extra));

    public static ClaimsPrincipal Principal(SignedInUser user, params Claim[] extra)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.Email, user.Email),
                new Claim(ClaimTypes.Role, user.Role),
                SecurityStamp.Claim(user.SecurityStamp),
                .. extra,
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/login";
        options.LogoutPath = "/logout";
        options.AccessDeniedPath = "/adgang-naegtet";
        options.Cookie.Name = "kp.auth";
        options.Cookie.HttpOnly = true;
        // Lax, with the API accepting only JSON bodies, keeps other sites from posting with the cookie.
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = SecurityStamp.ValidateAsync;
        options.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
