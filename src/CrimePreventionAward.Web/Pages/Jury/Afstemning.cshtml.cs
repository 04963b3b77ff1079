using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Jury;

/// <summary>The final vote without JavaScript: a select of place per nominee.</summary>
public sealed class AfstemningModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    public GetBallot.Result Ballot { get; private set; } = null!;

    [BindProperty] public Dictionary<long, int?> Ranks { get; set; } = [];

    public async Task OnGetAsync(int year, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store"; // what anti-forgery sets too, so it need not override (and warn)
        Ballot = await mediator.Send(new GetBallot.Query(year), ct);
        if (Ranks.Count == 0) Ranks = Ballot.Nominees.ToDictionary(n => n.NominationId, n => n.Rank);
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        var placed = Ranks.Where(r => r.Value is not null).ToList();
        if (placed.Select(r => r.Value).Distinct().Count() != placed.Count)
            ModelState.AddModelError("Ranking", "To nominerede kan ikke have samme plads.");
        else
        {
            var ranking = placed.OrderBy(r => r.Value).Select(r => r.Key).ToList();
            var (ok, _) = await this.TrySendAsync(mediator, new CastBallot.Command(year, ranking));
            if (ok)
            {
                TempData["Message"] = texts["Din stemme er gemt. Du kan ændre den indtil fristen."].Value;
                return Redirect($"/jury/{year}/afstemning");
            }
        }
        ModelState.Localise(texts);
        await OnGetAsync(year, ct);
        return Page();
    }
}
