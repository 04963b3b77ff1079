using CrimePreventionAward.Web.Features.Nominations;

namespace CrimePreventionAward.Web.Infrastructure.Demo;

/// <summary>
/// Invented nominations for the fictional demo edition: every name, project, address and number is made up and says
/// so, so nothing here can be mistaken for a real nominee. The last one is screened out, to show a refusal.
/// </summary>
internal static class DemoNominations
{
    public static readonly IReadOnlyList<NominationFields> All =
    [
        Fields("Project", "Nattevandrerne i Fiktivby (demo)", "Trygge nætter i Fiktivby", "Foreningen Nattevandrerne (fiktiv)",
            "Fiktivby Kommune", "Nordjyllands Politi",
            "Frivillige voksne går i par gennem bymidten fredag og lørdag nat og taler med de unge. Et fiktivt eksempel til demoen.",
            "Politiet registrerede 30 % færre anmeldelser om vold i bymidten i projektets første år (fiktive tal).",
            "Lokalpolitiet, SSP og ungdomsklubben", "Projektet viser, hvordan frivillige kan skabe tryghed uden at erstatte politiet.",
            "Fiktivby Lokalpoliti", "Anna Demo", "demo.indstiller1@eksempel.dk"),
        Fields("Group", "SSP-teamet i Prøvekøbing (demo)", "Tidlig indsats i 5. klasse", "Prøvekøbing Kommune (fiktiv)",
            "Prøvekøbing Kommune", "Fyns Politi",
            "Lærere, pædagoger og politi mødes hver måned om elever, der er ved at glide ud. Et fiktivt eksempel til demoen.",
            "Fraværet faldt med en tredjedel, og ingen af de fulgte elever er sigtet (fiktive tal).",
            "Skolerne, klubberne og politiet", "Teamet har gjort det tværfaglige samarbejde til hverdag i stedet for et møde, når det er for sent.",
            "Prøvekøbing Skole", "Bo Eksempel", "demo.indstiller2@eksempel.dk"),
        Fields("Person", "Karin Opdigtet (demo)", "Mentor for unge i Testrup", "Testrup Boligforening (fiktiv)",
            "Testrup Kommune", "Østjyllands Politi",
            "En boligsocial medarbejder, der gennem ti år har fulgt unge fra boligområdet ind i job og uddannelse. Fiktiv person.",
            "42 unge er kommet i job eller uddannelse gennem hendes netværk (fiktive tal).",
            "Jobcentret og de lokale virksomheder", "Hun har vist, at én vedholdende voksen kan ændre et boligområde.",
            "Testrup Boligforening", "Carl Påfund", "demo.indstiller3@eksempel.dk"),
        Fields("Project", "Sikker Cykel (demo)", "Færre cykeltyverier i Eksempelstad", "Eksempelstad Cykelforening (fiktiv)",
            "Eksempelstad Kommune", "Fyns Politi",
            "Gratis stelnummermærkning og låse-kurser ved stationen. Et fiktivt eksempel til demoen.",
            "Anmeldte cykeltyverier ved stationen faldt fra 400 til 250 om året (fiktive tal).",
            "DSB (fiktivt samarbejde) og politiet", "En enkel indsats, som alle kommuner kan kopiere.",
            "Eksempelstad Cykelforening", "Dorte Demo", "demo.indstiller4@eksempel.dk"),
        Fields("Project", "Sommerfest for alle (demo)", "En fest i gården", "Beboerforeningen Gården (fiktiv)",
            "Fiktivby Kommune", "Nordjyllands Politi",
            "En årlig sommerfest for beboerne. Et fiktivt eksempel til demoen.",
            "Godt fremmøde (fiktivt).",
            null, "Festen samler beboerne.",
            "Beboerforeningen Gården", "Erik Fiktiv", "demo.indstiller5@eksempel.dk"),
    ];

    private static NominationFields Fields(string kind, string candidate, string title, string organisation, string municipality,
        string district, string description, string effect, string? partners, string motivation, string nominatorOrganisation,
        string nominator, string email) => new()
    {
        CandidateKind = kind, CandidateName = candidate, Title = title, Organisation = organisation, Municipality = municipality,
        PoliceDistrict = district, Description = description, DocumentedEffect = effect, Partners = partners, Motivation = motivation,
        NominatorOrganisation = nominatorOrganisation, NominatorName = nominator, NominatorEmail = email, NominatorPhone = "12345678",
        ConsentGiven = true,
    };
}
