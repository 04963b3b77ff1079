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

    /// <summary>The first error of a programme row, wherever in the row the command found it.</summary>
    public string? RowError(int row) =>
        ModelState.Where(e => e.Key.StartsWith($"Form.Items[{row}]", StringComparison.Ordinal))
            .Select(e => e.Value?.Errors.FirstOrDefault()?.ErrorMessage).FirstOrDefault(m => m is not null);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Form.StartsAt is null) ModelState.AddModelError("Form.StartsAt", "Udfyld tidspunktet.");
        else
        {
            var (command, rows) = Form.ToCommand(Year);
            var (ok, _) = await this.TrySendAsync(mediator, command, prefix: "Form.");
            if (ok) return Done(l["Prisoverrækkelsen er gemt."].Value);
            PointErrorsAtRows(rows);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Without JavaScript: one more empty row, everything typed so far kept and nothing saved yet.</summary>
    public async Task<IActionResult> OnPostAddItemAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Form.Items.Add(new ItemForm());
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveItemAsync(int index, CancellationToken ct)
    {
        ModelState.Clear();
        if (index >= 0 && index < Form.Items.Count) Form.Items.RemoveAt(index);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The command numbers only the rows it was given; its errors go back to the rows as typed.</summary>
    private void PointErrorsAtRows(IReadOnlyList<int> rows)
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Key.StartsWith("Form.Programme[", StringComparison.Ordinal)).ToList())
        {
            var close = key.IndexOf(']', StringComparison.Ordinal);
            if (!int.TryParse(key["Form.Programme[".Length..close], out var k) || k >= rows.Count) continue;
            var messages = entry?.Errors.Select(e => e.ErrorMessage).ToList() ?? []; // Remove resets the entry's errors
            ModelState.Remove(key);
            foreach (var message in messages) ModelState.AddModelError($"Form.Items[{rows[k]}]{key[(close + 1)..]}", message);
        }
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var (ok, _) = await this.TrySendAsync(mediator,
            new InviteGuest.Command(Year, Guest.Name ?? "", Guest.Email ?? "", Guest.Organisation, Guest.Kind, Guest.Language), prefix: "Guest.");
        if (ok) return Done(l["{0} er inviteret.", Guest.Name ?? ""].Value);
        await LoadAsync(ct);
        Form = CeremonyForm.From(Ceremony);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Ceremony, Guests) = await mediator.Send(new GetCeremonyPage.Query(Year), ct);
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

        /// <summary>
        /// Programme times are typed as hh:mm on the ceremony's day. Only rows left wholly blank are dropped: a row with
        /// anything typed goes to the command, which refuses it with a reason rather than losing it. Rows[k] is the form
        /// row of the command's item k.
        /// </summary>
        public (SaveCeremony.Command Command, IReadOnlyList<int> Rows) ToCommand(int year)
        {
            var day = StartsAt!.Value.Date;
            var rows = Enumerable.Range(0, Items.Count)
                .Where(i => new[] { Items[i].Time, Items[i].Title, Items[i].Speaker }.Any(x => !string.IsNullOrWhiteSpace(x))).ToList();
            var items = rows.Select(r => Items[r])
                .Select(i => new SaveCeremony.ProgrammeItem(
                    DanishTime.FromLocal(day + (TimeSpan.TryParse(i.Time, out var t) ? t : StartsAt.Value.TimeOfDay)), i.Title ?? "", i.Speaker))
                .ToList();
            return (new SaveCeremony.Command(year, DanishTime.FromLocal(StartsAt.Value), Venue ?? "", Address ?? "", Presenter ?? "",
                PrizeAmountDkk, items, Version), rows);
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
        public string? Language { get; set; }
    }
}
