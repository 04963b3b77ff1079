using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Jury;

public sealed class JuryIndexModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    public ListMyNominations.Result? Jury { get; private set; }

    /// <summary>The final vote of this edition while it is open, else null.</summary>
    public ListMyOpenVotes.OpenVote? Vote { get; private set; }

    [BindProperty] public ConflictForm Conflict { get; set; } = new();

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue($"Conflict.{field}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        if (year is null)
        {
            var years = await mediator.Send(new ListMyJuryYears.Query(), ct);
            if (years.Count == 0) return Page();
            return RedirectToPage(new { year = years[0] });
        }
        await LoadAsync(year.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConflictAsync(int year, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator,
            new DeclareConflict.Command(year, Conflict.NominationId, Conflict.Organisation, Conflict.Reason ?? ""), prefix: "Conflict.");
        if (ok)
        {
            TempData["Message"] = texts["Din inhabilitet er registreret."].Value;
            return RedirectToPage(new { year });
        }
        ModelState.Localise(texts);
        await LoadAsync(year, ct);
        return Page();
    }

    private async Task LoadAsync(int year, CancellationToken ct)
    {
        (Jury, Vote) = await mediator.Send(new GetMyJuryPage.Query(year), ct);
    }

    public static string StateText(SheetState state) => state switch
    {
        SheetState.Scored => "Bedømt",
        SheetState.Started => "Påbegyndt",
        SheetState.Conflicted => "Inhabil",
        _ => "Ikke påbegyndt",
    };

    public sealed class ConflictForm
    {
        public long? NominationId { get; set; }
        public string? Organisation { get; set; }
        public string? Reason { get; set; }
    }
}
