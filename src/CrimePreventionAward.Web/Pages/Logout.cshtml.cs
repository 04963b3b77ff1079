using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

public sealed class LogoutModel(IMediator mediator) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true) await mediator.Send(new Features.Auth.SignOut.Command(), HttpContext.RequestAborted);
        await HttpContext.SignOutAsync();
        return Redirect("/");
    }
}
