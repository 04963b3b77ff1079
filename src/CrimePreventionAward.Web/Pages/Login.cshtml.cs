using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using CrimePreventionAward.Web.Pages.Jury;

namespace CrimePreventionAward.Web.Pages;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(IMediator mediator, IStringLocalizer<SharedResource> texts, IWebHostEnvironment environment) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? LinkEmail { get; set; }
    public bool LinkRequested { get; private set; }
    public bool OffersDemoJuror => environment.IsDevelopment();

    public bool HasError(string field) => ModelState.TryGetValue(field, out var e) && e.Errors.Count > 0;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, result) = await this.TrySendAsync(mediator, new SignIn.Command(Email, Password) { ClientAddress = ClientAddress.Of(HttpContext) });
        if (ok && result!.Succeeded)
        {
            await AuthCookies.SignInAsync(HttpContext, result.User!);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/sekretariat");
        }
        if (ok) ModelState.AddModelError(nameof(Email), "Forkert e-mail eller adgangskode.");
        Password = "";
        ModelState.Localise(texts);
        return Page();
    }

    /// <summary>The same answer whatever the address, as on the API.</summary>
    public async Task<IActionResult> OnPostLinkAsync()
    {
        // The password form's fields are bound too (and empty); they are not this form's errors.
        ModelState.Remove(nameof(Email));
        ModelState.Remove(nameof(Password));
        var (ok, _) = await this.TrySendAsync(mediator, new RequestSignInLink.Command(LinkEmail ?? ""), prefix: "Link");
        LinkRequested = ok;
        ModelState.Localise(texts);
        return Page();
    }

    /// <summary>Development only (see <see cref="SignInAsDemoJuror"/>); elsewhere the handler does not exist.</summary>
    public async Task<IActionResult> OnPostDemoAsync()
    {
        if (!OffersDemoJuror) return NotFound();
        var user = await mediator.Send(new SignInAsDemoJuror.Command(), HttpContext.RequestAborted);
        await AuthCookies.SignInAsync(HttpContext, user);
        return LocalRedirect("/jury");
    }
}
