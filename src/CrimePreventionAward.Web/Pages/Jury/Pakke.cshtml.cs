using CrimePreventionAward.Web.Features.Jury;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Jury;

/// <summary>The signed-in juror's jury pack, without the nominations they are conflicted on.</summary>
public sealed class PakkeModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct) =>
        JuryPackPdf.Download(await mediator.Send(new GetJuryPack.ForJuror(year), ct), l, Response);
}
