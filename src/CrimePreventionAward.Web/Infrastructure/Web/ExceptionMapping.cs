using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>The one place where failures become answers: problem details on the API, a status page on the web.</summary>
public sealed class ExceptionMapping(IProblemDetailsService problems, ILogger<ExceptionMapping> logger) : IExceptionHandler
{
    public static int StatusOf(Exception e) => e switch
    {
        FieldErrorsException or BadHttpRequestException => StatusCodes.Status400BadRequest,
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status500InternalServerError,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception e, CancellationToken ct)
    {
        var status = StatusOf(e);
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(e, "Unhandled failure on {Path}", http.Request.Path);
        http.Response.StatusCode = status;
        if (!http.Request.Path.StartsWithSegments("/api")) return true; // the status-code page renders it
        var problem = e is FieldErrorsException fields
            ? new ValidationProblemDetails(fields.Errors.ToDictionary(p => JsonNames.CamelCase(p.Key), p => p.Value))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = status == 500 ? "Der opstod en uventet fejl." : e is AwardException or StartupException ? e.Message : "Ugyldig forespørgsel.";
        problem.Type = $"https://httpstatuses.io/{status}";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = e });
    }
}

public static class JsonNames
{
    public static string CamelCase(string name) => string.Join('.', name.Split('.').Select(part =>
        part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
