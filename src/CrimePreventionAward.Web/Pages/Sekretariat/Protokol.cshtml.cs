using CrimePreventionAward.Web.Features.Results;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The decision protocol PDF; names the winner, so never cached.</summary>
public sealed class ProtokolModel(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var protocol = await mediator.Send(new GetDecisionProtocol.Query(year), ct);
        Response.Headers.CacheControl = "no-store";
        return File(DecisionProtocolPdf.Render(protocol, l, clock.GetUtcNow()), "application/pdf", $"protokol-{year}.pdf");
    }
}
