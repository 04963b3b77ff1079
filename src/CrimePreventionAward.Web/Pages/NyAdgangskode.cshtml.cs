using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages;

/// <summary>
/// The link in a password mail. Mail scanners fetch every link, so the GET only shows the form; the POST (with
/// anti-forgery) spends the token.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class NyAdgangskodeModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? Repeat { get; set; }
    public string? Refusal { get; private set; }
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (NewPassword != Repeat) ModelState.AddModelError(nameof(Repeat), "De to adgangskoder er ikke ens.");
        else
        {
            var (ok, result) = await this.TrySendAsync(mediator, new ResetPassword.Command(token, NewPassword ?? ""));
            Done = ok && result!.Succeeded;
            Refusal = ok ? result!.Refusal : null;
            if (Refusal is not null) Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        NewPassword = Repeat = null;
        ModelState.Localise(texts);
        return Page();
    }
}
