using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>What the nominator writes on the form: one property per field of <see cref="NominationForm.Fields"/>, which
/// holds its column, label, limits and who sees it.</summary>
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

    static NominationFields() => FieldProperties<NominationFields>.Require(NominationForm.Fields);

    /// <summary>The value of a described field (see <see cref="NominationForm.Fields"/>).</summary>
    public string? Value(string name) => FieldProperties<NominationFields>.Get(this, name);

    /// <summary>Only the form's fields (a read model carries more).</summary>
    public NominationFields FieldsOnly() => new(this);

    /// <summary>Trimmed, with empty text as null, so "   " is stored as nothing.</summary>
    public NominationFields Cleaned()
    {
        var copy = this with { };
        foreach (var field in NominationForm.Fields)
            FieldProperties<NominationFields>.Set(copy, field.Name, Clean(Value(field.Name)));
        return copy;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A file sent with the form or on its own.</summary>
/// <summary>A posted file. One declared over the size limit is not read (<see cref="DeclaredLength"/> tells its size).</summary>
public sealed record Upload(string FileName, [property: Sensitive] byte[] Content, long? DeclaredLength = null)
{
    public long Length => DeclaredLength ?? Content.Length;
}
