using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CrimePreventionAward.Web.Pages;

/// <summary>The Danish (or English) page for every error status, always fetched with GET (see ExceptionMapping).</summary>
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
        405 => ("Det kan siden ikke", "Siden kan ikke bruges på den måde. Gå tilbage, og prøv igen."),
        409 => ("Det kan ikke lade sig gøre nu", "Handlingen passer ikke med prisuddelingens nuværende fase eller frister."),
        413 => ("Det sendte er for stort", "Det, der blev sendt, er større end siden kan modtage. Send mindre filer eller kortere tekster."),
        415 => ("Ugyldig forespørgsel", "Siden kunne ikke forstå det, der blev sendt."),
        429 => ("For mange forsøg", "Vent lidt, og prøv igen."),
        503 => ("Vi har travlt lige nu", "Databasen er optaget. Vent lidt, og prøv igen. Intet er gemt endnu."),
        _ => ("Der opstod en fejl", "Der skete en uventet fejl. Prøv igen om lidt. Dine gemte data er ikke gået tabt."),
    };
}
