using CrimePreventionAward.Web.Features.Jury;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Jury;

/// <summary>The signed-in juror's jury pack; holds nominations' texts, so never cached.</summary>
public sealed class PakkeModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var pack = await mediator.Send(new GetJuryPack.ForJuror(year), ct);
        Response.Headers.CacheControl = "no-store";
        return File(JuryPackPdf.Render(pack, l), "application/pdf", $"jurypakke-{year}.pdf");
    }
}
