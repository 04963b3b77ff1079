using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public EditionView? Edition { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try { Edition = await mediator.Send(new GetEdition.Query(), ct); }
        catch (NotFoundException) { Edition = null; }
    }
}
