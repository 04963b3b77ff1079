using CrimePreventionAward.Web.Features.Results;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The press kit; a 404 before the winner's announcement instant, and never cached (it names the winner).</summary>
public sealed class PresseModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var kit = await mediator.Send(new GetPressKit.Query(year), ct);
        return File(PressKitFiles.Zip(kit), "application/zip", $"presse-{year}.zip");
    }
}
