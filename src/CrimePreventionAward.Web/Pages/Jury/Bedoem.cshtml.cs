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

    /// <summary>"next" when the juror asked to go on to the next nomination they have yet to score.</summary>
    [BindProperty] public string? Then { get; set; }

    /// <summary>The criteria still without points on a sheet already saved: until they have some, the sheet does not count.</summary>
    public IReadOnlyList<GetMyScoreSheet.CriterionScore> Missing =>
        Sheet.Version > 0 ? Sheet.Criteria.Where(c => string.IsNullOrWhiteSpace(ValueOf(c))).ToList() : [];

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
        var (ok, saved) = await this.TrySendAsync(mediator,
            new SaveScoreSheet.Command(year, nominationId, Scores, Comment, Version is > 0 ? Version : null));
        if (ok) return await AfterSaveAsync(year, nominationId, saved!.Complete, ct);
        ModelState.Localise(texts);
        Year = year;
        Sheet = await mediator.Send(new GetMyScoreSheet.Query(year, nominationId), ct);
        return Page();
    }

    private async Task<IActionResult> AfterSaveAsync(int year, long nominationId, bool complete, CancellationToken ct)
    {
        if (Then != "next")
        {
            if (complete) TempData["Message"] = texts["Bedømmelsen er gemt. Du kan rette den indtil fristen."].Value;
            else TempData["Warning"] = texts["Bedømmelsen er gemt, men arket tæller ikke med, før alle kriterier har point. De manglende er markeret nedenfor."].Value;
            return RedirectToPage(new { year, nominationId });
        }
        var list = await mediator.Send(new ListMyNominations.Query(year), ct);
        var title = list.Nominations.FirstOrDefault(n => n.Id == nominationId)?.Title ?? "";
        TempData[complete ? "Message" : "Warning"] = complete
            ? texts["Bedømmelsen af {0} er gemt.", title].Value
            : texts["Bedømmelsen af {0} er gemt, men tæller ikke med, før alle kriterier har point.", title].Value;
        if (list.NextToScore(nominationId) is { } next) return RedirectToPage(new { year, nominationId = next.Id });
        TempData["Message"] = texts["Du har ikke flere indstillinger at bedømme."].Value;
        return Redirect($"/jury/{year}");
    }
}
