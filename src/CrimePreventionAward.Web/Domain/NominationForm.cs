using System.Text.Json;
using System.Text.RegularExpressions;

namespace CrimePreventionAward.Web.Domain;

/// <summary>The nomination's fields: Danish labels, limits, which are required on submit, and who sees them. One list
/// feeds the validators, the page, the SQL, the jury's view and the CSV, so the limit shown is the limit enforced.</summary>
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

    public enum Input { Text, TextArea, Email, Phone, Choice, Kind }

    public enum Section { Candidate, Nominator, CandidateContact }

    /// <summary>
    /// The personal data a field holds, which decides how erasure and retention treat it (see Features/Privacy/PersonalData.cs):
    /// a public text may mention people and is kept while the nomination is public; a name, e-mail, phone or detail
    /// belongs to the person of the field's section, found by that section's e-mail.
    /// </summary>
    public enum Personal { None, PublicText, Name, Email, Phone, Detail }

    /// <summary>One field of the nomination, described once: the form, validation, the SQL columns and parameters, the
    /// views, the jury's view, the CSV and the test builder are all derived from this.</summary>
    /// <param name="Name">the property on NominationFields, the column in Nominations and the Dapper parameter</param>
    /// <param name="Label">Danish label, also the localizer key for the English text</param>
    public sealed record Field(string Name, string Label, int MaxLength, bool Required, Input Input = Input.Text, string? Hint = null)
    {
        public Section Section { get; init; }

        public Personal Personal { get; init; }

        /// <summary>Jurors read the field (the kind and title are shown but not listed under a label).</summary>
        public bool ToJury { get; init; }

        /// <summary>The label key the jury's page and pack list it under; null when it is not listed.</summary>
        public string? JuryLabel { get; init; }

        /// <summary>The column header in the secretariat's CSV; null when the CSV leaves it out.</summary>
        public string? CsvHeader { get; init; }

        public string Column => Name;

        public string JsonName => JsonNamingPolicy.CamelCase.ConvertName(Name);

        /// <summary>A long text: the jury reads it under its heading rather than among the short facts.</summary>
        public bool IsText => Input == Input.TextArea;
    }

    /// <summary>Every field of a nomination, in the order of the form, the SQL and the CSV.</summary>
    public static readonly IReadOnlyList<Field> Fields =
    [
        new("CandidateKind", "Hvem indstiller du?", 20, true, Input.Kind) { ToJury = true, CsvHeader = "Type" },
        new("CandidateName", "Kandidatens navn", 200, true, Hint: "Personen, projektet eller gruppen, der indstilles.")
            { ToJury = true, JuryLabel = "Kandidat", CsvHeader = "Kandidat", Personal = Personal.PublicText },
        new("Title", "Initiativets titel", 200, true) { ToJury = true, CsvHeader = "Titel", Personal = Personal.PublicText },
        new("Organisation", "Organisationen bag initiativet", 200, true)
            { ToJury = true, JuryLabel = "Organisation", CsvHeader = "Organisation" },
        new("Municipality", "Kommune", 100, true) { ToJury = true, JuryLabel = "Kommune", CsvHeader = "Kommune" },
        new("PoliceDistrict", "Politikreds", 100, true, Input.Choice)
            { ToJury = true, JuryLabel = "Politikreds", CsvHeader = "Politikreds" },
        new("Description", "Beskrivelse af initiativet", 4000, true, Input.TextArea)
            { ToJury = true, JuryLabel = "Beskrivelse", CsvHeader = "Beskrivelse", Personal = Personal.PublicText },
        new("DocumentedEffect", "Dokumenteret effekt og resultater", 4000, true, Input.TextArea)
            {
                ToJury = true, JuryLabel = "Dokumenteret effekt og resultater", CsvHeader = "Dokumenteret effekt",
                Personal = Personal.PublicText,
            },
        new("Partners", "Samarbejdspartnere", 2000, false, Input.TextArea)
            {
                ToJury = true, JuryLabel = "Samarbejdspartnere", CsvHeader = "Samarbejdspartnere", Personal = Personal.PublicText,
            },
        new("Motivation", "Hvorfor fortjener kandidaten prisen?", 4000, true, Input.TextArea)
            {
                ToJury = true, JuryLabel = "Hvorfor fortjener kandidaten prisen?", CsvHeader = "Begrundelse for indstilling",
                Personal = Personal.PublicText,
            },
        new("NominatorOrganisation", "Din organisation", 200, true)
            { Section = Section.Nominator, ToJury = true, JuryLabel = "Indstillet af", CsvHeader = "Indstillers organisation" },
        new("NominatorName", "Dit navn", 200, true)
            { Section = Section.Nominator, CsvHeader = "Indstiller", Personal = Personal.Name },
        new("NominatorRole", "Din stilling eller rolle", 200, false)
            { Section = Section.Nominator, CsvHeader = "Rolle", Personal = Personal.Detail },
        new("NominatorEmail", "Din e-mail", 254, true, Input.Email, "Vi sender kvittering og dit private link hertil.")
            { Section = Section.Nominator, CsvHeader = "E-mail", Personal = Personal.Email },
        new("NominatorPhone", "Dit telefonnummer", 30, true, Input.Phone, "8 cifre, evt. med +45 foran.")
            { Section = Section.Nominator, CsvHeader = "Telefon", Personal = Personal.Phone },
        new("CandidateContactName", "Kontaktperson hos kandidaten", 200, false, Hint: "Kun hvis det ikke er dig.")
            { Section = Section.CandidateContact, CsvHeader = "Kontaktperson", Personal = Personal.Name },
        new("CandidateContactEmail", "Kontaktpersonens e-mail", 254, false, Input.Email)
            { Section = Section.CandidateContact, CsvHeader = "Kontakt e-mail", Personal = Personal.Email },
        new("CandidateContactPhone", "Kontaktpersonens telefonnummer", 30, false, Input.Phone, "8 cifre, evt. med +45 foran.")
            { Section = Section.CandidateContact, CsvHeader = "Kontakt telefon", Personal = Personal.Phone },
    ];

    /// <summary>The fields typed as text on the form (the kind is chosen with its own radio buttons).</summary>
    public static readonly IReadOnlyList<Field> All = Fields.Where(f => f.Input != Input.Kind).ToList();

    public static readonly IReadOnlyList<Field> Candidate = In(Section.Candidate);

    public static readonly IReadOnlyList<Field> Nominator = In(Section.Nominator);

    public static readonly IReadOnlyList<Field> CandidateContact = In(Section.CandidateContact);

    private static List<Field> In(Section section) => All.Where(f => f.Section == section).ToList();

    public const int MaxAttachments = 5;
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    public static bool IsPhone(string value) => PhonePattern().IsMatch(value.Replace(" ", ""));

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    [GeneratedRegex(@"^(\+45)?\d{8}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
    private static partial Regex EmailPattern();
}
