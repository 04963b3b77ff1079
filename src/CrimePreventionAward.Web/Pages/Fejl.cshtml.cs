using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The Danish page for every error status (re-executed by the status-code pages middleware).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class FejlModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int status) => (Heading, Text) = status switch
    {
        400 => ("Ugyldig forespørgsel", "Siden kunne ikke forstå det, der blev sendt."),
        401 => ("Du skal logge ind", "Log ind for at se siden."),
        403 => ("Ingen adgang", "Du har ikke adgang til denne side."),
        404 => ("Siden findes ikke", "Vi kunne ikke finde det, du ledte efter. Linket kan være forkert eller udløbet."),
        409 => ("Det kan ikke lade sig gøre nu", "Handlingen passer ikke med prisuddelingens nuværende fase eller frister."),
        429 => ("For mange forsøg", "Vent lidt, og prøv igen."),
        _ => ("Der opstod en fejl", "Der skete en uventet fejl. Prøv igen om lidt. Dine gemte data er ikke gået tabt."),
    };

    public void OnPost(int status) => OnGet(status);
}
