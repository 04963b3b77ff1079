using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ArkivModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<GetArchive.Entry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store"; // what anti-forgery sets too, so it need not override (and warn)
        Entries = await mediator.Send(new GetArchive.Query(), ct);
    }
}
