using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public EditionView? Edition { get; private set; }
    public GetAnnouncementStatus.Result? Announcements { get; private set; }
    public GetWinner.Result? Winner { get; private set; }
    public GetPublicStatus.Result? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The page changes the instant nominees or the winner become public: no browser or proxy may keep it (embargo);
        // the app's own cache follows the instants (PublicPagePolicy).
        Response.Headers.CacheControl = "no-cache, no-store"; // what anti-forgery sets too, so it need not override (and warn)
        (Edition, Announcements, Status, Winner) = await mediator.Send(new GetFrontPage.Query(), ct);
    }
}
