using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>Results side by side, the score chart, and the forms for shortlist, decision and announcement.</summary>
public sealed class ResultaterModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public GetResults.Result Results { get; private set; } = null!;
    public bool ShowNames { get; private set; }

    [BindProperty] public List<Pick> Picks { get; set; } = [];
    [BindProperty] public DateTime? ShortlistAt { get; set; }
    [BindProperty] public string? DecisionJustification { get; set; }
    [BindProperty] public bool ConfirmDecision { get; set; }
    [BindProperty] public string? ReopenReason { get; set; }
    [BindProperty] public DateTime? WinnerAt { get; set; }
    [BindProperty] public string? WinnerJustification { get; set; }
    [BindProperty] public bool ConfirmEarly { get; set; }
    [BindProperty] public string? EarlyReason { get; set; }

    public sealed class Pick
    {
        public long NominationId { get; set; }
        public bool Selected { get; set; }
        public string? Justification { get; set; }
    }

    public string JurorLabel(int index) =>
        ShowNames && Results.Jurors is { } j ? j[index].Name : l["Jurymedlem {0}", index + 1].Value;

    public string Explanation(GetResults.DecisionView d)
    {
        var nominees = Results.Rows.ToDictionary(x => x.NominationId, x => x.Name);
        var jurors = (Results.Jurors ?? []).ToDictionary(j => j.JurorId, j => j.Name);
        return DecisionExplanation.Describe(d.TieBreaks, d.Conflicts, id => nominees.GetValueOrDefault(id, $"#{id}"),
            id => jurors.GetValueOrDefault(id, $"#{id}"), l);
    }

    public async Task OnGetAsync(int year, int? navne, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store"; // what anti-forgery sets too, so it need not override (and warn)
        ShowNames = navne == 1;
        Results = await mediator.Send(new GetResults.Query(year), ct);
        if (Picks.Count == 0)
            Picks = Results.Rows.Select(r => new Pick { NominationId = r.NominationId, Selected = r.Shortlisted, Justification = r.Justification }).ToList();
        ShortlistAt ??= Results.ShortlistAt is { } s ? DanishTime.ToLocal(s).DateTime : null;
        WinnerAt ??= DanishTime.ToLocal(Results.WinnerAt ?? Results.CeremonyAt).DateTime;
        WinnerJustification ??= Results.Decision?.Justification;
    }

    public async Task<IActionResult> OnPostShortlistAsync(int year, CancellationToken ct)
    {
        var entries = Picks.Where(p => p.Selected).Select(p => new SetShortlist.Entry(p.NominationId, p.Justification ?? "")).ToList();
        var at = ShortlistAt is { } local ? DanishTime.FromLocal(local) : (DateTimeOffset?)null;
        var (ok, _) = await this.TrySendAsync(mediator, new SetShortlist.Command(year, entries, at));
        return ok ? Done(year, l["De nominerede er gemt."].Value) : await Again(year, ct);
    }

    public async Task<IActionResult> OnPostDecisionAsync(int year, CancellationToken ct)
    {
        if (!ConfirmDecision)
        {
            ModelState.AddModelError(nameof(ConfirmDecision), "Bekræft, at afstemningen skal lukkes, før afgørelsen træffes.");
            return await Again(year, ct);
        }
        var (ok, _) = await this.TrySendAsync(mediator, new RecordDecision.Command(year, DecisionJustification));
        return ok ? Done(year, l["Afgørelsen er truffet og låst."].Value) : await Again(year, ct);
    }

    public async Task<IActionResult> OnPostReopenAsync(int year, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new ReopenDecision.Command(year, ReopenReason ?? ""));
        return ok ? Done(year, l["Afgørelsen er genåbnet; afstemningen er åben igen."].Value) : await Again(year, ct);
    }

    public async Task<IActionResult> OnPostAnnouncementAsync(int year, CancellationToken ct)
    {
        var at = WinnerAt is { } local ? DanishTime.FromLocal(local) : (DateTimeOffset?)null;
        var (ok, result) = await this.TrySendAsync(mediator, new SetAnnouncement.Command(year, at, WinnerJustification, ConfirmEarly, EarlyReason));
        return ok ? Done(year, l["Vinderen offentliggøres {0}.", DanishTime.Format(result!.AnnounceAt)].Value) : await Again(year, ct);
    }

    private async Task<IActionResult> Again(int year, CancellationToken ct)
    {
        await OnGetAsync(year, null, ct);
        return Page();
    }

    private RedirectResult Done(int year, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/sekretariat/{year}/resultater");
    }

    public static string Figure(double? value) => value is { } v ? v.ToString("0.00", DanishTime.Culture) : "mangler";
}
