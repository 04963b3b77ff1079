using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The nominees of an edition (?aar=, default the newest), public from the shortlist's time; 404 before.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class NomineredeModel(IMediator mediator) : PageModel
{
    public GetNominees.Result? Nominees { get; private set; }
    public GetWinner.Result? Winner { get; private set; }

    public async Task OnGetAsync(int? aar, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store"; // what anti-forgery sets too, so it need not override (and warn)
        try
        {
            (Nominees, Winner) = await mediator.Send(new GetNomineesPage.Query(aar), ct);
        }
        catch (NotFoundException)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
