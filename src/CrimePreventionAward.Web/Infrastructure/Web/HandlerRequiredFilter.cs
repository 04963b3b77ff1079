using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// A request naming a handler the page does not have (<c>?handler=xyz</c>) gets 400, and a method the page has no
/// handler for gets 405, instead of rendering a page whose handler never loaded its data.
/// </summary>
public sealed class HandlerRequiredFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && Refusal(context) is { } status)
        {
            context.Result = new StatusCodeResult(status);
            return;
        }
        await next();
    }

    private static int? Refusal(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        var verb = HttpMethods.IsHead(method) ? HttpMethods.Get : method;
        var forVerb = context.ActionDescriptor.HandlerMethods
            .Where(h => string.Equals(h.HttpMethod, verb, StringComparison.OrdinalIgnoreCase)).ToList();
        if (forVerb.Count > 0) return StatusCodes.Status400BadRequest;
        return HttpMethods.IsGet(verb) ? null : StatusCodes.Status405MethodNotAllowed;
    }
}
