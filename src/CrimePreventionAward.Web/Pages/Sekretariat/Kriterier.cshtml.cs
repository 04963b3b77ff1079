using System.Text.RegularExpressions;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using CrimePreventionAward.Web.Pages.Jury;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>The secretariat edits an edition's criteria as a whole until scoring opens.</summary>
public sealed partial class KriterierModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    public const int BlankRows = 2;

    public EditionView Edition { get; private set; } = null!;
    public bool Frozen => Edition.Phase >= Phase.Scoring;

    [BindProperty] public List<Row> Rows { get; set; } = [];

    public string? ErrorFor(int i, string field) =>
        ModelState.TryGetValue($"Rows[{i}].{field}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public bool HasErrorIn(int i, params string[] fields) => fields.Any(f => ErrorFor(i, f) is not null);

    /// <summary>Any error from row i on: the spare rows open when one of them was refused.</summary>
    public bool HasErrorFrom(int first) =>
        Enumerable.Range(first, Math.Max(0, Rows.Count - first)).Any(i => ModelState.Keys.Any(k => k.StartsWith($"Rows[{i}].", StringComparison.Ordinal) && ModelState[k]!.Errors.Count > 0));

    /// <summary>One labelled input of the compact form.</summary>
    public sealed record Input(int Row, string Field, string Label, string Type, string? Value, string? Error, bool Frozen);

    public async Task OnGetAsync(int year, CancellationToken ct)
    {
        (Edition, var stored) = await mediator.Send(new GetCriteriaPage.Query(year), ct);
        Rows = stored.Count > 0
            ? stored.Select(k => new Row
            {
                Name = k.Name, Description = k.Description, Weight = k.Weight, ScaleMin = k.ScaleMin, ScaleMax = k.ScaleMax,
                AnchorLow = k.AnchorLow, AnchorMid = k.AnchorMid, AnchorHigh = k.AnchorHigh,
            }).ToList()
            : EnsureDefaultCriteria.Defaults.Select(d => new Row
            {
                Name = d.Name, Description = d.Description, AnchorLow = d.AnchorLow, AnchorMid = d.AnchorMid, AnchorHigh = d.AnchorHigh,
            }).ToList();
        Rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new Row { Weight = null, ScaleMin = null, ScaleMax = null }));
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        // Rows left empty are the spare lines of the form; the others keep their place for error messages.
        var used = Rows.Select((r, i) => (r, i)).Where(x => !string.IsNullOrWhiteSpace(x.r.Name)).ToList();
        var command = new ReplaceCriteria.Command(year, used
            .Select(x => new ReplaceCriteria.CriterionInput(x.r.Name!, x.r.Description, x.r.Weight ?? 0, x.r.ScaleMin ?? 0, x.r.ScaleMax ?? 0,
                x.r.AnchorLow, x.r.AnchorMid, x.r.AnchorHigh)).ToList());
        var (ok, _) = await this.TrySendAsync(mediator, command, prefix: "Sent.");
        if (ok)
        {
            TempData["Message"] = texts["Kriterierne er gemt."].Value;
            return RedirectToPage(new { year });
        }
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Sent.", StringComparison.Ordinal)).ToList())
        {
            var m = SentKey().Match(key);
            var target = m.Success ? $"Rows[{used[int.Parse(m.Groups[1].Value)].i}].{char.ToUpperInvariant(m.Groups[2].Value[0])}{m.Groups[2].Value[1..]}" : "";
            foreach (var error in ModelState[key]!.Errors) ModelState.AddModelError(target, error.ErrorMessage);
            ModelState.Remove(key);
        }
        ModelState.Localise(texts);
        Edition = await mediator.Send(new GetEdition.Query(year), ct);
        return Page();
    }

    [GeneratedRegex(@"^Sent\.Criteria\[(\d+)\]\.(\w+)$")]
    private static partial Regex SentKey();

    public sealed class Row
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public double? Weight { get; set; } = 1;
        public int? ScaleMin { get; set; } = 1;
        public int? ScaleMax { get; set; } = 5;
        public string? AnchorLow { get; set; }
        public string? AnchorMid { get; set; }
        public string? AnchorHigh { get; set; }
    }
}
