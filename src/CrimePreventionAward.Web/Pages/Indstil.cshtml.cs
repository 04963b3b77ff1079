using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The public nomination form: save a draft at any time, submit when everything is filled in.</summary>
[AcceptsUploads]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Nominations)]
public sealed class IndstilModel(IMediator mediator, TimeProvider clock, IStringLocalizer<SharedResource> l, IOptions<MailSettings> mail) : PageModel
{
    [BindProperty] public NominationFields Input { get; set; } = new();
    [BindProperty] public Guid SubmissionKey { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty(SupportsGet = true)] public int? Aar { get; set; }
    [BindProperty(SupportsGet = true)] public long? Kladde { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public EditionView Edition { get; private set; } = null!;
    public string? Closed { get; private set; }
    public string? Countdown { get; private set; }

    /// <summary>Nominations were open and the deadline has passed: what is sent is kept as a draft.</summary>
    public bool Late { get; private set; }
    public string SecretariatAddress => mail.Value.SecretariatAddress;
    public IReadOnlyList<AttachmentInfo> Attachments { get; private set; } = [];

    public NominationFormView Form => new(Input, ModelState);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A draft's link opens the draft's own edition.
        if (Kladde is not null) Aar = null;
        var draft = await LoadAsync(ct);
        if (draft is not null)
        {
            if (draft.Status != NominationStatus.Draft)
                return Redirect($"/indstilling/{draft.Reference}?token={Uri.EscapeDataString(Token ?? "")}");
            Input = draft.FieldsOnly();
            Version = draft.Version;
        }
        SubmissionKey = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostDraftAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Late) return await KeepLateAsync(ct);
        var command = new SaveDraft.Command(Input)
        {
            Year = Edition.Year, Id = Kladde, Token = Token, Version = Version, Attachments = await Uploads.ReadAsync(Files, ct),
        };
        var (ok, result) = await this.TrySendAsync(mediator, command, "Input.");
        if (!ok) return await ShowAgainAsync(ct);
        TempData["Message"] = Input.NominatorEmail is null
            ? "Kladden er gemt. Gem linket til denne side, eller skriv din e-mail, så sender vi dig linket."
            : "Kladden er gemt. Vi har sendt dig et link, så du kan arbejde videre – også fra en anden computer.";
        return DraftPage(result!.Id, result.Token);
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Late) return await KeepLateAsync(ct);
        var command = new SubmitNomination.Command(Input)
        {
            Year = Edition.Year, SubmissionKey = SubmissionKey, DraftId = Kladde, DraftToken = Token,
            Attachments = await Uploads.ReadAsync(Files, ct),
        };
        var (ok, result) = await this.TrySendAsync(mediator, command, "Input.");
        if (!ok)
        {
            await LoadAsync(ct); // the deadline may have passed while it was on its way
            return Late ? await KeepLateAsync(ct) : await ShowAgainAsync(ct);
        }
        if (result!.KeptLate is { } kept) return DraftPage(kept.Id, kept.Token); // the deadline passed on its way
        TempData["Reference"] = result.Reference;
        TempData["Email"] = Input.NominatorEmail;
        return Redirect("/indstil/kvittering");
    }

    private async Task<IActionResult> KeepLateAsync(CancellationToken ct)
    {
        ModelState.Remove(string.Empty);
        var command = new KeepLateNomination.Command(Input)
        {
            Year = Edition.Year, DraftId = Kladde, DraftToken = Token, Attachments = await Uploads.ReadAsync(Files, ct),
        };
        var (ok, result) = await this.TrySendAsync(mediator, command, "Input.");
        return ok ? DraftPage(result!.Id, result.Token) : await ShowAgainAsync(ct);
    }

    private RedirectResult DraftPage(long id, string token) => Redirect($"/indstil?aar={Edition.Year}&kladde={id}&token={Uri.EscapeDataString(token)}");

    /// <summary>Errors from the handlers are Danish; shown in the visitor's language.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => ModelState.Localise(l);

    private async Task<IActionResult> ShowAgainAsync(CancellationToken ct)
    {
        if (Files.Count > 0) ModelState.AddModelError("Input.Attachments", "Vælg dine filer igen: en browser kan ikke gemme valgte filer, når formularen vises igen.");
        return Page();
    }

    /// <summary>The edition and the form's draft, if any (whose attachments the form lists).</summary>
    private async Task<NominationView?> LoadAsync(CancellationToken ct)
    {
        (Edition, var draft) = await mediator.Send(new GetNominationForm.Query(Aar, Kladde, Token), ct);
        Attachments = draft?.Attachments ?? [];
        var now = clock.GetUtcNow();
        Closed = NominationAccess.ClosedReason(Edition.Year, Edition.Phase, Edition.NominationDeadline, now);
        Late = Closed is not null && NominationAccess.IsLate(Edition.Phase, Edition.NominationDeadline, now);
        var left = Edition.NominationDeadline - now;
        if (Closed is null && left <= TimeSpan.FromHours(24))
            Countdown = left < TimeSpan.FromHours(1)
                ? l["Der er {0} minutter og {1} sekunder til fristen.", (int)left.TotalMinutes, left.Seconds].Value
                : l["Der er {0} timer og {1} minutter til fristen.", (int)left.TotalHours, left.Minutes].Value;
        return draft;
    }
}
