using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Jury;

/// <summary>One nomination's full text and the juror's score sheet for it, on one page that works without JavaScript.</summary>
public sealed class BedoemModel(IMediator mediator, IStringLocalizer<SharedResource> texts) : PageModel
{
    public GetMyScoreSheet.Result Sheet { get; private set; } = null!;

    /// <summary>Read from the form's Scores[criterionId] fields (see OnPostAsync), keyed by criterion id.</summary>
    public Dictionary<string, string?> Scores { get; private set; } = [];
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public int? Version { get; set; }

    public int Year { get; private set; }

    public string? ErrorFor(long criterionId) =>
        ModelState.TryGetValue($"Scores.{criterionId}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    /// <summary>What the form shows: the posted value after a refused save, else the stored one.</summary>
    public string? ValueOf(GetMyScoreSheet.CriterionScore c) =>
        Scores.TryGetValue(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), out var posted) ? posted : c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(int year, long nominationId, CancellationToken ct)
    {
        Year = year;
        Sheet = await mediator.Send(new GetMyScoreSheet.Query(year, nominationId), ct);
        Comment = Sheet.Comment;
        Version = Sheet.Version;
    }

    public async Task<IActionResult> OnPostAsync(int year, long nominationId, CancellationToken ct)
    {
        // Read by hand: the dictionary binder falls back to the whole form when no Scores[...] field was posted.
        Scores = Request.Form
            .Where(f => f.Key.StartsWith("Scores[", StringComparison.Ordinal) && f.Key.EndsWith(']'))
            .ToDictionary(f => f.Key["Scores[".Length..^1], f => (string?)f.Value.ToString());
        var (ok, _) = await this.TrySendAsync(mediator,
            new SaveScoreSheet.Command(year, nominationId, Scores, Comment, Version is > 0 ? Version : null));
        if (ok)
        {
            TempData["Message"] = texts["Bedømmelsen er gemt. Du kan rette den indtil fristen."].Value;
            return RedirectToPage(new { year, nominationId });
        }
        ModelState.Localise(texts);
        Year = year;
        Sheet = await mediator.Send(new GetMyScoreSheet.Query(year, nominationId), ct);
        return Page();
    }
}
