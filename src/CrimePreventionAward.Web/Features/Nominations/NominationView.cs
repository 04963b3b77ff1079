using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>A nomination as its reader may see it (see <see cref="GetNomination"/> for what is held back from whom).</summary>
public sealed record NominationView : NominationFields
{
    public static readonly string Columns = string.Join(", ",
        new[] { "Id", "Year", "Status", "Reference" }
            .Concat(NominationForm.Fields.Select(f => f.Column))
            .Concat(["ConsentGiven", "PreviouslyNominatedYear", "Eligibility", "EligibilityReason", "ShareReasonWithNominator",
                "ScreenedBy", "ScreenedAt", "Version", "CreatedAt", "UpdatedAt", "SubmittedAt", "WithdrawnAt"])
            .Select(c => "n." + c)
            .Append("e.NominationDeadline"));

    public long Id { get; init; }
    public int Year { get; init; }
    public string Status { get; init; } = "";
    public string? Reference { get; init; }
    public int? PreviouslyNominatedYear { get; init; }
    public string? Eligibility { get; init; }
    public string? EligibilityReason { get; init; }
    public bool ShareReasonWithNominator { get; init; }
    public string? ScreenedBy { get; init; }
    public DateTimeOffset? ScreenedAt { get; init; }
    public int Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public DateTimeOffset NominationDeadline { get; init; }

    /// <summary>Why the nominator can no longer change it (deadline, phase, withdrawn); null while it can be changed.</summary>
    public string? ClosedReason { get; init; }
    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];
    public IReadOnlyList<NoteView> Notes { get; init; } = [];
}

public sealed class AttachmentInfo
{
    public long Id { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public string Sha256 { get; init; } = "";
    public DateTimeOffset UploadedAt { get; init; }
}

public sealed class NoteView
{
    public long Id { get; init; }
    public string Text { get; init; } = "";
    public string Author { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}
