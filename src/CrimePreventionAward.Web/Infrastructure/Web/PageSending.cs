using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Infrastructure.Web;

public static class PageSending
{
    public const string BusyMessage = "Databasen er optaget lige nu, så intet er gemt. Vent lidt, og send igen – det, du har skrevet, står her stadig.";

    /// <summary>
    /// Sends a request from a page. Field errors and refusals (phase, deadline, version) land in ModelState next to
    /// their fields, so the form is shown again with the input kept (a busy database too, as 503); other failures go
    /// to the one mapping.
    /// </summary>
    public static async Task<(bool Ok, TResult? Result)> TrySendAsync<TResult>(
        this PageModel page, IMediator mediator, IRequest<TResult> request, string prefix = "")
    {
        try
        {
            return (true, await mediator.Send(request, page.HttpContext.RequestAborted));
        }
        catch (FieldErrorsException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages)
                    page.ModelState.AddModelError(prefix + field, message);
            return (false, default);
        }
        catch (Exception e) when (e is ConflictException or TooManyRequestsException)
        {
            page.ModelState.AddModelError(string.Empty, e.Message);
            return (false, default);
        }
        catch (Exception e) when (Data.DatabaseBusy.Is(e))
        {
            page.HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            ExceptionMapping.RetryLater(page.HttpContext.Response);
            page.ModelState.AddModelError(string.Empty, BusyMessage);
            return (false, default);
        }
    }
}
