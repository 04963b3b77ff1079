using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>One template of an edition: its Danish and English text, the placeholders, a preview, save, reset and a test mail.</summary>
public sealed class MailskabelonModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    public GetMailTemplate.View View { get; private set; } = null!;

    [BindProperty] public string Language { get; set; } = "da";
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }

    /// <summary>The language whose form was posted and refused: its fields keep what was typed.</summary>
    public string? Refused { get; private set; }

    public string? ErrorFor(string language, string field) =>
        Refused == language && ModelState.TryGetValue(field, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(int year, string key, CancellationToken ct) => View = await mediator.Send(new GetMailTemplate.Query(year, key), ct);

    public async Task<IActionResult> OnPostSaveAsync(int year, string key, CancellationToken ct)
    {
        ModelState.Clear();
        var (ok, _) = await this.TrySendAsync(mediator, new SaveMailTemplate.Command(year, key, Language, Subject ?? "", Body ?? ""));
        if (ok) return Done(year, key, texts["Teksten er gemt. Den bruges i de næste mails."].Value);
        Refused = Language;
        await OnGetAsync(year, key, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(int year, string key, CancellationToken ct)
    {
        await mediator.Send(new ResetMailTemplate.Command(year, key, Language), ct);
        return Done(year, key, texts["Standardteksten bruges igen."].Value);
    }

    public async Task<IActionResult> OnPostTestAsync(int year, string key, CancellationToken ct)
    {
        await mediator.Send(new SendTestMail.Command(year, key, Language), ct);
        return Done(year, key, texts["En testmail er lagt i udbakken til din e-mailadresse."].Value);
    }

    private RedirectResult Done(int year, string key, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/sekretariat/{year}/mails/{Uri.EscapeDataString(key)}");
    }
}
