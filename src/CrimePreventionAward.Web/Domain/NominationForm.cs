using System.Text.RegularExpressions;

namespace CrimePreventionAward.Web.Domain;

/// <summary>The nomination form's fields: Danish labels, limits and which are required on submit. One list feeds the
/// validators and the page, so the limit shown is the limit enforced.</summary>
public static partial class NominationForm
{
    public static readonly IReadOnlyList<string> PoliceDistricts =
    [
        "Nordjyllands Politi", "Østjyllands Politi", "Midt- og Vestjyllands Politi", "Sydøstjyllands Politi",
        "Syd- og Sønderjyllands Politi", "Fyns Politi", "Sydsjællands og Lolland-Falsters Politi",
        "Midt- og Vestsjællands Politi", "Nordsjællands Politi", "Københavns Vestegns Politi", "Københavns Politi",
        "Bornholms Politi",
    ];

    public static readonly IReadOnlyDictionary<string, string> CandidateKinds = new Dictionary<string, string>
    {
        ["Person"] = "En person",
        ["Project"] = "Et projekt",
        ["Group"] = "En gruppe (institution, forening, klub …)",
    };

    public enum Input { Text, TextArea, Email, Phone, Choice }

    public sealed record Field(string Name, string Label, int MaxLength, bool Required, Input Input = Input.Text, string? Hint = null);

    public static readonly IReadOnlyList<Field> Candidate =
    [
        new("CandidateName", "Kandidatens navn", 200, true, Hint: "Personen, projektet eller gruppen, der indstilles."),
        new("Title", "Initiativets titel", 200, true),
        new("Organisation", "Organisationen bag initiativet", 200, true),
        new("Municipality", "Kommune", 100, true),
        new("PoliceDistrict", "Politikreds", 100, true, Input.Choice),
        new("Description", "Beskrivelse af initiativet", 4000, true, Input.TextArea),
        new("DocumentedEffect", "Dokumenteret effekt og resultater", 4000, true, Input.TextArea),
        new("Partners", "Samarbejdspartnere", 2000, false, Input.TextArea),
        new("Motivation", "Hvorfor fortjener kandidaten prisen?", 4000, true, Input.TextArea),
    ];

    public static readonly IReadOnlyList<Field> Nominator =
    [
        new("NominatorOrganisation", "Din organisation", 200, true),
        new("NominatorName", "Dit navn", 200, true),
        new("NominatorRole", "Din stilling eller rolle", 200, false),
        new("NominatorEmail", "Din e-mail", 254, true, Input.Email, "Vi sender kvittering og dit private link hertil."),
        new("NominatorPhone", "Dit telefonnummer", 30, true, Input.Phone, "8 cifre, evt. med +45 foran."),
    ];

    public static readonly IReadOnlyList<Field> CandidateContact =
    [
        new("CandidateContactName", "Kontaktperson hos kandidaten", 200, false, Hint: "Kun hvis det ikke er dig."),
        new("CandidateContactEmail", "Kontaktpersonens e-mail", 254, false, Input.Email),
        new("CandidateContactPhone", "Kontaktpersonens telefonnummer", 30, false, Input.Phone, "8 cifre, evt. med +45 foran."),
    ];

    public static IEnumerable<Field> All => Candidate.Concat(Nominator).Concat(CandidateContact);

    public const int MaxAttachments = 5;
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    public static bool IsPhone(string value) => PhonePattern().IsMatch(value.Replace(" ", ""));

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    [GeneratedRegex(@"^(\+45)?\d{8}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
    private static partial Regex EmailPattern();
}
