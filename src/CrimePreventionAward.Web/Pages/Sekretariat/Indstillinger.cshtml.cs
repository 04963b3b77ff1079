using CrimePreventionAward.Web.Features.Nominations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

public sealed class IndstillingerModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? PoliceDistrict { get; set; }

    public IReadOnlyList<ListNominations.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await mediator.Send(new ListNominations.Query(Year, Status, Kind, PoliceDistrict), ct);
}
