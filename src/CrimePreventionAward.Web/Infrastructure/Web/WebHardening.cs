using CrimePreventionAward.Web.Infrastructure.Auth;
using Scalar.AspNetCore;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// What every response carries and every cookie promises: security headers; HSTS, HTTPS redirection and Secure
/// cookies wherever HTTPS is required (<c>Https:Required</c>, true outside Development; <c>run.sh</c> serves plain
/// HTTP on localhost and turns it off); and the API explorer for the secretariat only (<c>OpenApi:Public</c>).
/// </summary>
public static class WebHardening
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Scalar's page starts itself with an inline script; it is the secretariat's tool outside Development.
    private const string ApiExplorerPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static void AddWebHardening(this WebApplicationBuilder builder)
    {
        if (!HttpsRequired(builder.Configuration, builder.Environment)) return;
        // Through the cookie policy, not each cookie's own option: the anti-forgery system would refuse (500) a
        // plain-HTTP request outright, where the policy only marks its cookie Secure (and HTTP is redirected anyway).
        builder.Services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
    }

    public static void UseWebHardening(this WebApplication app)
    {
        var https = HttpsRequired(app.Configuration, app.Environment);
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? ApiExplorerPolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                // Addresses carry tokens (private links, sign-in links): never hand them to another site.
                headers["Referrer-Policy"] = "no-referrer";
                // Set here rather than by UseHsts, whose header the error pages' re-execution clears.
                if (https && http.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
                return Task.CompletedTask;
            });
            return next(http);
        });
        if (!https) return;
        app.UseHttpsRedirection();
        app.UseCookiePolicy();
    }

    private static bool HttpsRequired(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Https:Required", !environment.IsDevelopment());

    /// <summary>The OpenAPI document and Scalar are public in Development only, unless <c>OpenApi:Public</c> says otherwise.</summary>
    public static void MapApiDescription(this WebApplication app)
    {
        var open = app.Configuration.GetValue("OpenApi:Public", app.Environment.IsDevelopment());
        var document = app.MapOpenApi();
        var explorer = app.MapScalarApiReference();
        if (open) return;
        document.RequireAuthorization(Roles.Secretariat);
        explorer.RequireAuthorization(Roles.Secretariat);
    }
}
