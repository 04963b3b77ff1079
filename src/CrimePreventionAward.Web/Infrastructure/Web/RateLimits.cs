using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// Per-client limits, attached to the endpoints and pages themselves (<c>RequireRateLimiting</c>,
/// <c>[EnableRateLimiting]</c>) so no spelling of a path escapes them. Reads (GET) are never limited.
/// </summary>
public static class RateLimits
{
    /// <summary>Anonymous nomination posts, form and API: <c>RateLimits:NominationsPerMinute</c> (10) per client and minute.</summary>
    public const string Nominations = "nominations";

    /// <summary>Sign-in posts, <c>/login</c> and <c>/api/auth/*</c>: <c>RateLimits:SignInPerMinute</c> (20) per client and minute.</summary>
    public const string SignIn = "sign-in";

    public const string NominationsMessage = "Du har sendt for mange indstillinger på kort tid. Vent et minut, og prøv igen.";
    public const string SignInMessage = "For mange forsøg på at logge ind på kort tid. Vent et minut, og prøv igen.";

    public static void AddAwardRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var nominations = configuration.GetValue("RateLimits:NominationsPerMinute", 10);
        var signIn = configuration.GetValue("RateLimits:SignInPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Nominations, http => HttpMethods.IsGet(http.Request.Method) || http.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("")
                : PerClientAndMinute(http, nominations));
            o.AddPolicy(SignIn, http => HttpMethods.IsGet(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("")
                : PerClientAndMinute(http, signIn));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                // Pages get the Danish status page (status-code pages render an empty 429); the API a problem.
                if (!ExceptionMapping.IsApi(http)) return;
                var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                await http.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests, Type = "https://httpstatuses.io/429",
                    Title = policy == Nominations ? NominationsMessage : SignInMessage,
                }, options: null, contentType: "application/problem+json", cancellationToken: ct);
            };
        });
    }

    private static RateLimitPartition<string> PerClientAndMinute(HttpContext http, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(http) ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
