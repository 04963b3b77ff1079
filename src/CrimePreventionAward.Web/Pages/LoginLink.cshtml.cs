using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

/// <summary>
/// The link in the jury's mail. Mail scanners fetch every link, so the GET only shows a button;
/// the POST (with anti-forgery) spends the token, signs the juror in and takes them to their list.
/// </summary>
public sealed class LoginLinkModel(IMediator mediator) : PageModel
{
    public string? Refusal { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string token)
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
