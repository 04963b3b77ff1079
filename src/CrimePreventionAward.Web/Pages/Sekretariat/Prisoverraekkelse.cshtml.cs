using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The secretariat edits the ceremony and its programme, invites guests and follows their answers.</summary>
public sealed class CeremonyAdminModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int BlankRows = 3;

    [FromRoute] public int Year { get; set; }
    public CeremonyView Ceremony { get; private set; } = new();
    public ListGuests.Result Guests { get; private set; } = new([], 0, 0, 0, 0, 0);

    [BindProperty] public CeremonyForm Form { get; set; } = new();
    [BindProperty] public GuestForm Guest { get; set; } = new();

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = CeremonyForm.From(Ceremony);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Form.StartsAt is null) ModelState.AddModelError("Form.StartsAt", "Udfyld tidspunktet.");
        else
        {
            var (ok, _) = await this.TrySendAsync(mediator, Form.ToCommand(Year), prefix: "Form.");
            if (ok) return Done(l["Prisoverrækkelsen er gemt."].Value);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var (ok, _) = await this.TrySendAsync(mediator,
            new InviteGuest.Command(Year, Guest.Name ?? "", Guest.Email ?? "", Guest.Organisation, Guest.Kind), prefix: "Guest.");
        if (ok) return Done(l["{0} er inviteret.", Guest.Name ?? ""].Value);
        await LoadAsync(ct);
        Form = CeremonyForm.From(Ceremony);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Ceremony = await mediator.Send(new GetCeremony.Query(Year), ct);
        Guests = await mediator.Send(new ListGuests.Query(Year), ct);
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage(new { year = Year });
    }

    public sealed class CeremonyForm
    {
        public DateTime? StartsAt { get; set; }
        public string? Venue { get; set; }
        public string? Address { get; set; }
        public string? Presenter { get; set; }
        public int PrizeAmountDkk { get; set; }
        public int Version { get; set; }
        public List<ItemForm> Items { get; set; } = [];

        public static CeremonyForm From(CeremonyView c) => new()
        {
            StartsAt = DanishTime.ToLocal(c.StartsAt).DateTime, Venue = c.Venue, Address = c.Address, Presenter = c.Presenter,
            PrizeAmountDkk = c.PrizeAmountDkk, Version = c.Version,
            Items = c.Programme.Select(p => new ItemForm { Time = DanishTime.ToLocal(p.StartsAt).ToString("HH:mm"), Title = p.Title, Speaker = p.Speaker })
                .Concat(Enumerable.Range(0, BlankRows).Select(_ => new ItemForm())).ToList(),
        };

        /// <summary>Programme times are typed as hh:mm on the ceremony's day; rows left blank are dropped.</summary>
        public SaveCeremony.Command ToCommand(int year)
        {
            var day = StartsAt!.Value.Date;
            var items = Items.Where(i => !string.IsNullOrWhiteSpace(i.Title) || !string.IsNullOrWhiteSpace(i.Time))
                .Select(i => new SaveCeremony.ProgrammeItem(
                    DanishTime.FromLocal(day + (TimeSpan.TryParse(i.Time, out var t) ? t : StartsAt.Value.TimeOfDay)), i.Title ?? "", i.Speaker))
                .ToList();
            return new SaveCeremony.Command(year, DanishTime.FromLocal(StartsAt.Value), Venue ?? "", Address ?? "", Presenter ?? "",
                PrizeAmountDkk, items, Version);
        }
    }

    public sealed class ItemForm
    {
        public string? Time { get; set; }
        public string? Title { get; set; }
        public string? Speaker { get; set; }
    }

    public sealed class GuestForm
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Organisation { get; set; }
        public GuestKind Kind { get; set; } = GuestKind.Other;
    }
}
