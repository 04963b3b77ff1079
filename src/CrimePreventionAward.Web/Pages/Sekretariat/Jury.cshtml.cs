using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using CrimePreventionAward.Web.Pages.Jury;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

public sealed class JuryModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    public GetJuryProgress.Result Progress { get; private set; } = null!;
    public IReadOnlyList<ConflictView> Conflicts { get; private set; } = [];
    public IReadOnlyList<CriterionView> Criteria { get; private set; } = [];

    [BindProperty] public Invitation Invite { get; set; } = new();
    [BindProperty] public ConflictForm Conflict { get; set; } = new();

    public string? ErrorFor(string field, string form = "Invite") =>
        ModelState.TryGetValue($"{form}.{field}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(int year, CancellationToken ct) => await LoadAsync(year, ct);

    public static string ProgressText(ScoringProgress progress) => progress switch
    {
        ScoringProgress.Done => "Færdig",
        ScoringProgress.InProgress => "I gang",
        _ => "Ikke startet",
    };

    public async Task<IActionResult> OnPostInviteAsync(int year, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator,
            new InviteJuror.Command(year, Invite.Name ?? "", Invite.Email ?? "", Invite.Organisation ?? "", Invite.IsChair, Invite.Language), prefix: "Invite.");
        if (ok) return Done(year, texts["{0} er inviteret, og invitationen er lagt i udbakken.", Invite.Name ?? ""].Value);
        await LoadAsync(year, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConflictAsync(int year, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator,
            new DeclareConflict.Command(year, Conflict.NominationId, Conflict.Organisation, Conflict.Reason ?? "", Conflict.JurorId), prefix: "Conflict.");
        if (ok) return Done(year, texts["Inhabiliteten er registreret."].Value);
        await LoadAsync(year, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(int year, long jurorId, CancellationToken ct)
    {
        var (ok, result) = await this.TrySendAsync(mediator, new RemindJuror.Command(year, jurorId));
        if (ok) return Done(year, texts[result!.Queued ? "Påmindelsen er lagt i udbakken." : "Påmindelsen var allerede sendt for et øjeblik siden."].Value);
        await LoadAsync(year, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int year, long jurorId, CancellationToken ct)
    {
        var (ok, result) = await this.TrySendAsync(mediator, new RemoveJuror.Command(year, jurorId));
        if (ok) return Done(year, texts["{0} er fjernet fra juryen.", result!.Name].Value);
        await LoadAsync(year, ct);
        return Page();
    }

    private RedirectToPageResult Done(int year, string message)
    {
        TempData["Message"] = message;
        return RedirectToPage(new { year });
    }

    private async Task LoadAsync(int year, CancellationToken ct)
    {
        ModelState.Localise(texts);
        (Progress, Conflicts, Criteria) = await mediator.Send(new GetJuryPage.Query(year), ct);
    }

    public sealed class ConflictForm
    {
        public long? JurorId { get; set; }
        public long? NominationId { get; set; }
        public string? Organisation { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class Invitation
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Organisation { get; set; }
        public bool IsChair { get; set; }
        public string? Language { get; set; }
    }
}
