namespace CrimePreventionAward.Web.Features.Ceremony;

public sealed class ProgrammeItemView
{
    public DateTimeOffset StartsAt { get; init; }
    public string Title { get; init; } = "";
    public string? Speaker { get; init; }
}
