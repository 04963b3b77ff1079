using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Prisoverraekkelse;

public sealed class InvitationAnswerModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public GetInvitation.Invitation? Invitation { get; private set; }

    [BindProperty] public GuestResponse? Answer { get; set; }
    [BindProperty] public int? Persons { get; set; }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(string token, CancellationToken ct)
    {
        Invitation = await mediator.Send(new GetInvitation.Query(token), ct);
        Answer = Invitation.Response;
        Persons = Invitation.Persons ?? 1;
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Invitation = await mediator.Send(new GetInvitation.Query(token), ct);
        if (Answer is null) ModelState.AddModelError("Response", "Vælg, om du kommer.");
        else
        {
            ModelState.Clear();
            var (ok, _) = await this.TrySendAsync(mediator, new RespondToInvitation.Command(token, Answer.Value, Persons));
            if (ok)
            {
                TempData["Message"] = l[Answer == GuestResponse.Attending ? "Tak for dit svar. Vi glæder os til at se dig." : "Tak for dit svar."].Value;
                return RedirectToPage(new { token });
            }
        }
        return Page();
    }
}
