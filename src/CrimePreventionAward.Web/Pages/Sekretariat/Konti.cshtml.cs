using CrimePreventionAward.Web.Features.Accounts;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

public sealed class KontiModel(IMediator mediator, ICurrentUser me, IStringLocalizer<SharedResource> texts) : PageModel
{
    public IReadOnlyList<ListSecretariatAccounts.Account> Accounts { get; private set; } = [];
    public long? MyId => me.UserId;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await mediator.Send(new ListSecretariatAccounts.Query(), ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new AddSecretariatAccount.Command(Name ?? "", Email ?? ""));
        if (ok) return Done(texts["{0} er oprettet og har fået en mail med et link til at vælge en adgangskode.", Name!.Trim()].Value);
        ModelState.Localise(texts);
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken ct)
    {
        ModelState.Remove(nameof(Name));
        ModelState.Remove(nameof(Email));
        var (ok, _) = await this.TrySendAsync(mediator, new RemoveSecretariatAccount.Command(id));
        if (ok) return Done(texts["Kontoen er fjernet, og dens logins er afsluttet."].Value);
        ModelState.Localise(texts);
        await OnGetAsync(ct);
        return Page();
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage();
    }
}
