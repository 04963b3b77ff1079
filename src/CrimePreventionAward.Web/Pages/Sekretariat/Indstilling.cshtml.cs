using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>One nomination for the secretariat: everything, the screening decision and internal notes.</summary>
public sealed class IndstillingModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public bool? Eligible { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Share { get; set; }
    [BindProperty] public string? NoteText { get; set; }
    [BindProperty] public DateTime? ExtendUntil { get; set; }
    [BindProperty] public string? ExtendReason { get; set; }
    [BindProperty] public long? AttachmentId { get; set; }
    [BindProperty] public string? DeleteReason { get; set; }

    public NominationView Nomination { get; private set; } = null!;

    /// <summary>The list this nomination was opened from; next/previous walk it.</summary>
    public NominationFilter Filter { get; private set; } = new(null, null, null, null, null, null);

    public long? PreviousId { get; private set; }
    public long? NextId { get; private set; }

    public string Action(string handler) => $"/sekretariat/indstillinger/{Id}{Filter.With(handler)}";

    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Eligible = Nomination.Eligibility is null ? null : Nomination.Eligibility == "Eligible";
        Reason = Nomination.EligibilityReason;
        Share = Nomination.ShareReasonWithNominator;
    }

    public async Task<IActionResult> OnPostScreenAsync(CancellationToken ct)
    {
        if (Eligible is null) ModelState.AddModelError(nameof(Eligible), "Vælg, om indstillingen opfylder kriterierne.");
        else
        {
            var (ok, _) = await this.TrySendAsync(mediator, new ScreenNomination.Command(Id, Eligible.Value, Reason, Share));
            if (ok) return Done("Screeningen er gemt.");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new AddNote.Command(Id, NoteText), "Note");
        if (ok) return Done("Noten er gemt.");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var until = ExtendUntil is { } local ? DanishTime.FromLocal(local) : (DateTimeOffset?)null;
        var (ok, _) = await this.TrySendAsync(mediator, new GrantExtension.Command(Nomination.Year, Id, null, until, ExtendReason), "Extend");
        if (ok) return Done("Indstilleren kan nu rette og sende til den nye frist.");
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(CancellationToken ct)
    {
        if (AttachmentId is null) ModelState.AddModelError(nameof(AttachmentId), "Vælg det bilag, der skal slettes.");
        else
        {
            var (ok, _) = await this.TrySendAsync(mediator, new DeleteAttachment.Command(Id, AttachmentId.Value, DeleteReason), "Delete");
            if (ok) return Done("Bilaget er slettet.");
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Errors from the handlers are Danish; shown in the visitor's language.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => ModelState.Localise(l);

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/sekretariat/indstillinger/{Id}{NominationFilter.From(Request.Query).Suffix}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Filter = NominationFilter.From(Request.Query);
        (Nomination, PreviousId, NextId) = await mediator.Send(Filter.ForNomination(Id), ct);
    }
}
