using CrimePreventionAward.Web.Features.Jury;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The secretariat's jury pack, with every eligible nomination.</summary>
public sealed class JurypakkeModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct) =>
        JuryPackPdf.Download(await mediator.Send(new GetJuryPack.ForSecretariat(year), ct), l, Response);
}
