using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// Danish texts by default; English when the visitor chose it with the language switch (a cookie remembers it).
/// Only the UI culture changes: parsing and formatting of form values stay culture-invariant (a number field posts
/// "1.5", which da-DK would read as 15), and pages format Danish dates explicitly with <c>DanishTime</c>.
/// </summary>
public static class Languages
{
    public static readonly CultureInfo[] Supported = [new("da-DK"), new("en-GB")];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Supported[0]),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = Supported,
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapPost("/sprog", (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var chosen = Supported.FirstOrDefault(c => c.Name == culture) ?? Supported[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.InvariantCulture, chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && IsLocal(returnUrl) ? returnUrl : "/");
        }).ExcludeFromDescription();

    /// <summary>The same test <c>LocalRedirect</c> makes (which throws on a foreign address): "/x", not "//x" or "/\x".</summary>
    public static bool IsLocal(string url) =>
        url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
