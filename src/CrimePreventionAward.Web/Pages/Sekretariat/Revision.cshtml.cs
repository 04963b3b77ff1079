using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Audit;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The audit log with filters (who, what, from–to Danish dates, record) and paging; ?kontrol=true checks the chain.</summary>
public sealed class RevisionModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Who { get; set; }
    [BindProperty(SupportsGet = true)] public string? What { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Record { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int Side { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "kontrol")] public bool Kontrol { get; set; }

    public ListAudit.Result Log { get; private set; } = new([], 1, false);
    public VerifyAuditChain.Result? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Log, Verification) = await mediator.Send(new GetAuditPage.Query(new ListAudit.Query(Who, What, StartOf(From), StartOf(To?.AddDays(1)), Record, Side), Kontrol), ct);
    }

    private static DateTimeOffset? StartOf(DateOnly? day) => day is { } d ? DanishTime.FromLocal(d.ToDateTime(TimeOnly.MinValue)) : null;

    public object Filters(int page) => new { Who, What, From, To, Record, side = page };
}
