using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>An edition's nominations: search, filters and order as GET parameters, and screening many at once.</summary>
public sealed class IndstillingerModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public List<long> Ids { get; set; } = [];
    [BindProperty] public bool? Eligible { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Share { get; set; }
    [BindProperty] public string? ExtendNominatorEmail { get; set; }
    [BindProperty] public DateTime? ExtendUntil { get; set; }
    [BindProperty] public string? ExtendReason { get; set; }

    public NominationFilter Filter { get; private set; } = new(null, null, null, null, null, null);

    public IReadOnlyList<ListNominations.Row> Rows { get; private set; } = [];

    public IReadOnlyList<ListExtensions.Row> Extensions { get; private set; } = [];

    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostScreenAsync(CancellationToken ct)
    {
        if (Ids.Count == 0) ModelState.AddModelError(nameof(Ids), "Vælg mindst én indstilling.");
        if (Eligible is null) ModelState.AddModelError(nameof(Eligible), "Vælg, om indstillingen opfylder kriterierne.");
        if (ModelState.ErrorCount == 0)
        {
            var (ok, result) = await this.TrySendAsync(mediator, new ScreenNominations.Command(Year, Ids, Eligible!.Value, Reason, Share));
            if (ok)
            {
                TempData["Message"] = $"{result!.Ids.Count} indstillinger er screenet.";
                return Redirect($"/sekretariat/{Year}/indstillinger{NominationFilter.From(Request.Query).Suffix}");
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken ct)
    {
        var until = ExtendUntil is { } local ? DanishTime.FromLocal(local) : (DateTimeOffset?)null;
        var (ok, _) = await this.TrySendAsync(mediator, new GrantExtension.Command(Year, null, ExtendNominatorEmail, until, ExtendReason), "Extend");
        if (ok)
        {
            TempData["Message"] = "Indstilleren kan nu rette og sende til den nye frist.";
            return Redirect($"/sekretariat/{Year}/indstillinger{NominationFilter.From(Request.Query).Suffix}#extensions");
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Errors from the handlers are Danish; shown in the visitor's language.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => ModelState.Localise(l);

    private async Task LoadAsync(CancellationToken ct)
    {
        Filter = NominationFilter.From(Request.Query);
        (Rows, Extensions) = await mediator.Send(Filter.For(Year), ct);
    }
}
