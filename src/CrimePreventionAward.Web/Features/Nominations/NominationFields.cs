namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>What the nominator writes on the form (see Domain/NominationForm for labels and limits).</summary>
public record NominationFields
{
    public string? CandidateKind { get; init; }
    public string? CandidateName { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public string? Municipality { get; init; }
    public string? PoliceDistrict { get; init; }
    public string? Description { get; init; }
    public string? DocumentedEffect { get; init; }
    public string? Partners { get; init; }
    public string? Motivation { get; init; }
    public string? NominatorOrganisation { get; init; }
    public string? NominatorName { get; init; }
    public string? NominatorRole { get; init; }
    public string? NominatorEmail { get; init; }
    public string? NominatorPhone { get; init; }
    public string? CandidateContactName { get; init; }
    public string? CandidateContactEmail { get; init; }
    public string? CandidateContactPhone { get; init; }
    public bool ConsentGiven { get; init; }

    public string? Value(string name) => name switch
    {
        nameof(CandidateKind) => CandidateKind,
        nameof(CandidateName) => CandidateName,
        nameof(Title) => Title,
        nameof(Organisation) => Organisation,
        nameof(Municipality) => Municipality,
        nameof(PoliceDistrict) => PoliceDistrict,
        nameof(Description) => Description,
        nameof(DocumentedEffect) => DocumentedEffect,
        nameof(Partners) => Partners,
        nameof(Motivation) => Motivation,
        nameof(NominatorOrganisation) => NominatorOrganisation,
        nameof(NominatorName) => NominatorName,
        nameof(NominatorRole) => NominatorRole,
        nameof(NominatorEmail) => NominatorEmail,
        nameof(NominatorPhone) => NominatorPhone,
        nameof(CandidateContactName) => CandidateContactName,
        nameof(CandidateContactEmail) => CandidateContactEmail,
        nameof(CandidateContactPhone) => CandidateContactPhone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Only the form's fields (a read model carries more).</summary>
    public NominationFields FieldsOnly() => new(this);

    /// <summary>Trimmed, with empty text as null, so "   " is stored as nothing.</summary>
    public NominationFields Cleaned() => this with
    {
        CandidateKind = Clean(CandidateKind), CandidateName = Clean(CandidateName), Title = Clean(Title),
        Organisation = Clean(Organisation), Municipality = Clean(Municipality), PoliceDistrict = Clean(PoliceDistrict),
        Description = Clean(Description), DocumentedEffect = Clean(DocumentedEffect), Partners = Clean(Partners),
        Motivation = Clean(Motivation), NominatorOrganisation = Clean(NominatorOrganisation),
        NominatorName = Clean(NominatorName), NominatorRole = Clean(NominatorRole), NominatorEmail = Clean(NominatorEmail),
        NominatorPhone = Clean(NominatorPhone), CandidateContactName = Clean(CandidateContactName),
        CandidateContactEmail = Clean(CandidateContactEmail), CandidateContactPhone = Clean(CandidateContactPhone),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A file sent with the form or on its own.</summary>
/// <summary>A posted file. One declared over the size limit is not read (<see cref="DeclaredLength"/> tells its size).</summary>
public sealed record Upload(string FileName, [property: Sensitive] byte[] Content, long? DeclaredLength = null)
{
    public long Length => DeclaredLength ?? Content.Length;
}
