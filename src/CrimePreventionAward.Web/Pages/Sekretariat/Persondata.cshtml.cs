using System.Text.Json;
using CrimePreventionAward.Web.Features.Privacy;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>A person's data: download it as JSON, or erase it (with a confirmation tick).</summary>
public sealed class PersondataModel(IMediator mediator) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public IReadOnlyDictionary<string, int>? Erased { get; private set; }

    // The person reads this file: Danish letters and "+45" as written, not as \u escapes.
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void OnGet() { }

    public async Task<IActionResult> OnPostExportAsync()
    {
        var (ok, result) = await this.TrySendAsync(mediator, new ExportPerson.Query(Email ?? ""));
        if (!ok) return Page();
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(result, ExportJson),
            "application/json", "persondata.json");
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Bekræft, at personens oplysninger skal slettes.");
            return Page();
        }
        var (ok, result) = await this.TrySendAsync(mediator, new ErasePerson.Command(Email ?? ""));
        if (ok) Erased = result!.Erased;
        return Page();
    }
}
