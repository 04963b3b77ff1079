using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Prisoverraekkelse;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class CeremonyPageModel(IMediator mediator) : PageModel
{
    public CeremonyView? Ceremony { get; private set; }

    /// <summary>The current edition's ceremony; an earlier one with ?aar=2020.</summary>
    public async Task OnGetAsync(int? aar, CancellationToken ct)
    {
        try { Ceremony = await mediator.Send(new GetCeremony.Query(aar), ct); }
        catch (NotFoundException) { Ceremony = null; }
    }
}
