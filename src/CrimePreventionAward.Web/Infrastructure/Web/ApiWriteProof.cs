namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// A cookie-authenticated write to <c>/api</c> must prove it came from the app, not from a form on another site that
/// the browser sent the cookie along with: it carries <c>X-Requested-With</c> (a header no cross-site form can set,
/// and no cross-site script without a CORS grant, which the app never gives), and an <c>Origin</c>, if sent, is ours.
/// Requests with a nominator token and no cookie carry their proof in the token.
/// </summary>
public static class ApiWriteProof
{
    public const string Header = "X-Requested-With";

    public const string Message = "Ændringer via API'et med en login-cookie skal sendes med headeren X-Requested-With fra appens egen adresse.";

    public static void UseApiWriteProof(this WebApplication app) => app.Use((http, next) =>
    {
        var request = http.Request;
        if (request.Path.StartsWithSegments("/api") && !IsSafe(request.Method) && http.User.Identity?.IsAuthenticated == true
            && (string.IsNullOrEmpty(request.Headers[Header]) || !SameOrigin(request)))
            throw new ForbiddenException(Message);
        return next(http);
    });

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static bool SameOrigin(HttpRequest request) =>
        request.Headers.Origin.FirstOrDefault() is not { Length: > 0 } origin
        || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
