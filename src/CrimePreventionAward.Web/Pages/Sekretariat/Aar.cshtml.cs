using CrimePreventionAward.Web.Features.Editions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The year at a glance: phases and dates, what is due next and what holds it up, counts with charts.</summary>
public sealed class AarModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    public GetYearOverview.Result Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await mediator.Send(new GetYearOverview.Query(Year), ct);
}
