using CrimePreventionAward.Web.Features.Jury;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The secretariat's jury pack, with every eligible nomination; never cached.</summary>
public sealed class JurypakkeModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var pack = await mediator.Send(new GetJuryPack.ForSecretariat(year), ct);
        Response.Headers.CacheControl = "no-store";
        return File(JuryPackPdf.Render(pack, l), "application/pdf", $"jurypakke-{year}.pdf");
    }
}
