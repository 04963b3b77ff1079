using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Prisoverraekkelse;

public sealed class CeremonyPageModel(IMediator mediator) : PageModel
{
    public CeremonyView? Ceremony { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try { Ceremony = await mediator.Send(new GetCeremony.Query(), ct); }
        catch (NotFoundException) { Ceremony = null; }
    }
}
