using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The winner (?aar=, default the newest edition) from the announcement time; a Danish "not yet" 404 before.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class VinderModel(IMediator mediator) : PageModel
{
    public GetWinner.Result? Winner { get; private set; }

    public async Task OnGetAsync(int? aar, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store"; // what anti-forgery sets too, so it need not override (and warn)
        try
        {
            Winner = await mediator.Send(new GetWinnerPage.Query(aar), ct);
        }
        catch (NotFoundException)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
