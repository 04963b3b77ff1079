namespace CrimePreventionAward.Web.Features.Jury;

public sealed class ConflictView
{
    public long Id { get; init; }
    public long JurorId { get; init; }
    public string JurorName { get; init; } = "";
    public long? NominationId { get; init; }
    public string? NominationReference { get; init; }
    public string? NominationTitle { get; init; }
    public string? Organisation { get; init; }
    public string Reason { get; init; } = "";
    public string DeclaredBy { get; init; } = "";
    public DateTimeOffset DeclaredAt { get; init; }
}
