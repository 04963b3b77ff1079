using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>The nomination a request is about, with what decides who may read or change it.</summary>
public sealed class NominationKey
{
    public long Id { get; init; }
    public int Year { get; init; }
    public string Status { get; init; } = "";
    public string? Reference { get; init; }
    public string EditTokenHash { get; init; } = "";
    public int Version { get; init; }
    public Phase Phase { get; init; }
    public DateTimeOffset NominationDeadline { get; init; }
    public DateTimeOffset CeremonyAt { get; init; }
}
