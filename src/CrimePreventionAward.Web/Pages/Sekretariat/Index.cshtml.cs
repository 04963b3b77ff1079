using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

public sealed class SekretariatIndexModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<EditionView> Editions { get; private set; } = [];

    [BindProperty] public NewEdition New { get; set; } = new();

    public sealed record Field(string Name, string Label, string Type, string? Value, string? Hint = null);

    public IEnumerable<Field> CreateFields =>
    [
        new(nameof(New.Year), "År", "number", New.Year?.ToString()),
        new(nameof(New.Name), "Navn", "text", New.Name),
        new(nameof(New.PrizeAmountDkk), "Prisbeløb (kr.)", "number", New.PrizeAmountDkk?.ToString()),
        new(nameof(New.NominationOpensAt), "Indstillinger åbner", "datetime-local", Local(New.NominationOpensAt), "Dansk tid"),
        new(nameof(New.NominationDeadline), "Frist for indstillinger", "datetime-local", Local(New.NominationDeadline), "Dansk tid"),
        new(nameof(New.ScoringDeadline), "Frist for bedømmelse", "datetime-local", Local(New.ScoringDeadline), "Dansk tid"),
        new(nameof(New.FinalVoteDeadline), "Frist for afstemning", "datetime-local", Local(New.FinalVoteDeadline), "Dansk tid"),
        new(nameof(New.CeremonyAt), "Prisoverrækkelse", "datetime-local", Local(New.CeremonyAt), "Dansk tid"),
    ];

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue($"New.{field}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(CancellationToken ct) => Editions = await mediator.Send(new ListEditions.Query(), ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var missing = New.Missing().ToList();
        foreach (var field in missing) ModelState.AddModelError($"New.{field}", "Udfyld feltet.");
        if (missing.Count == 0)
        {
            var (ok, result) = await this.TrySendAsync(mediator, New.ToCommand(), prefix: "New.");
            if (ok) return Done(l["Prisuddelingen {0} er oprettet.", result!.Year].Value);
        }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNextAsync(int year, CancellationToken ct)
    {
        var (ok, result) = await this.TrySendAsync(mediator, new CreateNextEdition.Command(year));
        if (ok) return Done(l["Prisuddelingen {0} er oprettet som kladde ud fra {1}.", result!.Year, year].Value);
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPhaseAsync(int year, Phase phase, string? reason, CancellationToken ct)
    {
        var (ok, result) = await this.TrySendAsync(mediator, new ChangePhase.Command(year, phase, reason));
        if (ok) return Done($"{result!.Year}: {l[PhaseRules.DanishName(result.From)]} → {l[PhaseRules.DanishName(result.To)]}.");
        await OnGetAsync(ct);
        return Page();
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage();
    }

    private static string? Local(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm");

    public sealed class NewEdition
    {
        public int? Year { get; set; }
        public string? Name { get; set; }
        public int? PrizeAmountDkk { get; set; } = 50_000;
        public DateTime? NominationOpensAt { get; set; }
        public DateTime? NominationDeadline { get; set; }
        public DateTime? ScoringDeadline { get; set; }
        public DateTime? FinalVoteDeadline { get; set; }
        public DateTime? CeremonyAt { get; set; }

        public IEnumerable<string> Missing()
        {
            if (Year is null) yield return nameof(Year);
            if (PrizeAmountDkk is null) yield return nameof(PrizeAmountDkk);
            if (NominationOpensAt is null) yield return nameof(NominationOpensAt);
            if (NominationDeadline is null) yield return nameof(NominationDeadline);
            if (ScoringDeadline is null) yield return nameof(ScoringDeadline);
            if (FinalVoteDeadline is null) yield return nameof(FinalVoteDeadline);
            if (CeremonyAt is null) yield return nameof(CeremonyAt);
        }

        public CreateEdition.Command ToCommand() => new(Year!.Value, Name ?? "", PrizeAmountDkk!.Value,
            DanishTime.FromLocal(NominationOpensAt!.Value), DanishTime.FromLocal(NominationDeadline!.Value),
            DanishTime.FromLocal(ScoringDeadline!.Value), DanishTime.FromLocal(FinalVoteDeadline!.Value),
            DanishTime.FromLocal(CeremonyAt!.Value));
    }
}
