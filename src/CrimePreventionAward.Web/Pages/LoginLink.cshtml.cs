using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The link in the jury's mail: signs the juror in once and takes them to their list.</summary>
public sealed class LoginLinkModel(IMediator mediator) : PageModel
{
    public string Refusal { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var result = await mediator.Send(new SignInWithLink.Command(token), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            await AuthCookies.SignInAsync(HttpContext, result.User!);
            return LocalRedirect(result.User!.Role == Roles.Juror ? "/jury" : "/");
        }
        Refusal = result.Refusal!;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
