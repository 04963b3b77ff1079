using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The nominator's private link: view, edit until the deadline, withdraw, add files.</summary>
[AcceptsUploads]
public sealed class IndstillingModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Reference { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public NominationFields Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public NominationView Nomination { get; private set; } = null!;
    public NominationFormView Form => new(Input, ModelState);

    public string Self => $"/indstilling/{Uri.EscapeDataString(Nomination.Reference ?? Reference)}?token={Uri.EscapeDataString(Token ?? "")}";

    public string AttachmentLink(AttachmentInfo a) =>
        $"/api/nominations/{Nomination.Id}/attachments/{a.Id}?token={Uri.EscapeDataString(Token ?? "")}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = Nomination.FieldsOnly();
        Version = Nomination.Version;
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (ok, _) = await this.TrySendAsync(mediator, new UpdateNomination.Command(Input) { Id = Nomination.Id, Token = Token, Version = Version }, "Input.");
        return ok ? Done("Dine rettelser er gemt.") : Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (ok, _) = await this.TrySendAsync(mediator, new WithdrawNomination.Command(Nomination.Id, Token));
        if (ok) return Done("Indstillingen er trukket tilbage.");
        Input = Nomination.FieldsOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (ok, _) = await this.TrySendAsync(mediator, new AddAttachment.Command(Nomination.Id, Token, await Uploads.ReadAsync(Files, ct)), "Input.");
        if (ok) return Done("Filerne er vedhæftet.");
        foreach (var error in ModelState["Input.Files"]?.Errors ?? [])
            ModelState.AddModelError("Input.Attachments", error.ErrorMessage);
        ModelState.Remove("Input.Files");
        Input = Nomination.FieldsOnly();
        return Page();
    }

    /// <summary>Errors from the handlers are Danish; shown in the visitor's language.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => ModelState.Localise(l);

    private IActionResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect(Self);
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Nomination = await mediator.Send(new GetNomination.Query(null, Reference, Token), ct);
}
