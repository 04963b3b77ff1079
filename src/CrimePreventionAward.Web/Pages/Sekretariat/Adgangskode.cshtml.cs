using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

public sealed class AdgangskodeModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? Repeat { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (NewPassword != Repeat) ModelState.AddModelError(nameof(Repeat), "De to adgangskoder er ikke ens.");
        else
        {
            var command = new ChangePassword.Command(CurrentPassword ?? "", NewPassword ?? "") { ClientAddress = ClientAddress.Of(HttpContext) };
            var (ok, result) = await this.TrySendAsync(mediator, command);
            if (ok && result!.Succeeded)
            {
                await AuthCookies.SignInAsync(HttpContext, result.User!);
                TempData["Message"] = texts["Din adgangskode er skiftet. Du er logget ud alle andre steder."].Value;
                return RedirectToPage("/Sekretariat/Index");
            }
            if (ok) ModelState.AddModelError(nameof(CurrentPassword), ChangePassword.WrongPassword);
        }
        CurrentPassword = NewPassword = Repeat = null;
        ModelState.Localise(texts);
        return Page();
    }
}
