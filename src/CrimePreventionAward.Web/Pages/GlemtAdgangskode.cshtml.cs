using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The secretariat asks for a password link; the answer is the same whatever the address.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class GlemtAdgangskodeModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    public bool Requested { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        (Requested, _) = await this.TrySendAsync(mediator, new RequestPasswordReset.Command(Email ?? ""));
        ModelState.Localise(texts);
        return Page();
    }
}
