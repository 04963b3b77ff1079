using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>Sent, waiting and failed mail; one message's text with ?id=.</summary>
public sealed class MailModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<ListMail.MailRow> Mail { get; private set; } = [];
    public GetMail.Mail? Selected { get; private set; }

    public async Task OnGetAsync(long? id, string? status, CancellationToken ct)
    {
        (Mail, Selected) = await mediator.Send(new GetMailPage.Query(string.IsNullOrEmpty(status) ? null : status, id), ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new RetryMail.Command(id));
        if (ok)
        {
            TempData["Message"] = l["Mailen sendes igen."].Value;
            return RedirectToPage(new { id });
        }
        await OnGetAsync(id, null, ct);
        return Page();
    }
}
