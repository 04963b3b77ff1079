using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// Anonymous nomination posts (the form and the API) are limited per client address and minute
/// (<c>RateLimits:NominationsPerMinute</c>, default 10); signed-in users are not limited.
/// </summary>
public static class SubmissionRateLimit
{
    public const string Message = "Du har sendt for mange indstillinger på kort tid. Vent et minut, og prøv igen.";

    public static void AddSubmissionRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:NominationsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsAnonymousSubmission(http)
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "ukendt",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                // Pages get the Danish status page (status-code pages render an empty 429); the API a problem.
                if (!http.Request.Path.StartsWithSegments("/api")) return;
                await http.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests, Title = Message, Type = "https://httpstatuses.io/429",
                }, options: null, contentType: "application/problem+json", cancellationToken: ct);
            };
        });
    }

    private static bool IsAnonymousSubmission(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || http.User.Identity?.IsAuthenticated == true) return false;
        var path = http.Request.Path.Value ?? "";
        return path.Equals("/indstil", StringComparison.OrdinalIgnoreCase)
            || (path.StartsWith("/api/editions/", StringComparison.OrdinalIgnoreCase) && path.EndsWith("/nominations", StringComparison.OrdinalIgnoreCase));
    }
}
