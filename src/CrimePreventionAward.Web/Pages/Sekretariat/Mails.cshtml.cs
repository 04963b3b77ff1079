using CrimePreventionAward.Web.Features.Mail;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The edition's mail templates, each linking to its edit page.</summary>
public sealed class MailsModel(IMediator mediator) : PageModel
{
    public ListMailTemplates.Result List { get; private set; } = null!;

    public async Task OnGetAsync(int year, CancellationToken ct) => List = await mediator.Send(new ListMailTemplates.Query(year), ct);
}
