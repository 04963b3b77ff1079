using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Features.Reminders;

public sealed class DueEdition
{
    public int Year { get; init; }
    public string Name { get; init; } = "";
    public Phase Phase { get; init; }
    public DateTimeOffset NominationDeadline { get; init; }
    public DateTimeOffset ScoringDeadline { get; init; }
    public DateTimeOffset FinalVoteDeadline { get; init; }
    public DateTimeOffset CeremonyAt { get; init; }
    public string Venue { get; init; } = "";
    public string Address { get; init; } = "";
}
