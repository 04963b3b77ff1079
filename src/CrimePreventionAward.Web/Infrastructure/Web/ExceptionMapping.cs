using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// The one place where failures become answers: problem details for every <c>/api</c> status ≥ 400 (thrown, or set
/// with an empty body by routing, limits and binding), the Danish/English status page on the web.
/// </summary>
public sealed class ExceptionMapping(IProblemDetailsService problems, ILogger<ExceptionMapping> logger) : IExceptionHandler
{
    public static int StatusOf(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        FieldErrorsException or AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        PayloadTooLargeException => StatusCodes.Status413PayloadTooLarge,
        TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        _ when DatabaseBusy.Is(e) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The API's Danish title for a status that carries no message of its own.</summary>
    public static string TitleOf(int status) => status switch
    {
        400 => "Ugyldig forespørgsel.",
        401 => "Du skal logge ind.",
        403 => "Du har ikke adgang til dette.",
        404 => "Ikke fundet.",
        405 => "Metoden er ikke tilladt her.",
        409 => "Det kan ikke lade sig gøre nu.",
        413 => "Forespørgslen er for stor.",
        415 => "Indholdstypen understøttes ikke.",
        429 => "For mange forsøg. Vent lidt, og prøv igen.",
        503 => "Databasen er optaget. Prøv igen om lidt.",
        < 500 => "Ugyldig forespørgsel.",
        _ => "Der opstod en uventet fejl.",
    };

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception e, CancellationToken ct)
    {
        var status = StatusOf(e);
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(e, "Unhandled failure on {Path}", http.Request.Path);
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) RetryLater(http.Response);
        if (status == StatusCodes.Status413PayloadTooLarge) http.Response.Headers.Connection = "close"; // not drain the rest
        if (!IsApi(http)) return true; // the status page renders it
        var errors = e is FieldErrorsException fields
            ? fields.Errors.ToDictionary(p => JsonNames.CamelCase(p.Key), p => p.Value)
            : status == StatusCodes.Status400BadRequest ? BindingErrors.Of(e) : null;
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = e is AwardException or StartupException ? e.Message : TitleOf(status);
        problem.Type = $"https://httpstatuses.io/{status}";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = e });
    }

    public static void RetryLater(HttpResponse response) =>
        response.Headers.RetryAfter = DatabaseBusy.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// An answer ≥ 400 that has no body yet (routing's 404 and 405, limits, binding, a page's refusal): problem details
    /// on the API; on the web the status page, always fetched with GET so a refused POST is never run into a page
    /// that reads its form (or checks its anti-forgery token) a second time.
    /// </summary>
    public static async Task StatusPageAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        if (IsApi(http))
        {
            var problem = new ProblemDetails { Status = status, Title = TitleOf(status), Type = $"https://httpstatuses.io/{status}" };
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            return;
        }
        var request = http.Request;
        var (path, query, method) = (request.Path, request.QueryString, request.Method);
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path, OriginalPathBase = request.PathBase, OriginalQueryString = query.Value,
        });
        http.SetEndpoint(null);
        http.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
        request.Path = $"/fejl/{status}";
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;
        // The refused form (perhaps with a failed anti-forgery check, which makes any later look at it throw) stays unread.
        var form = http.Features.Get<IFormFeature>();
        http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        try
        {
            await context.Next(http);
        }
        finally
        {
            (request.Path, request.QueryString, request.Method) = (path, query, method);
            http.Features.Set(form);
            http.Features.Set<IStatusCodeReExecuteFeature>(null);
        }
    }
}

public static class JsonNames
{
    public static string CamelCase(string name) => string.Join('.', name.Split('.').Select(part =>
        part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
