using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>An edition as everyone may see it: its name, phase and deadlines (UTC).</summary>
public sealed class EditionView
{
    public const string Columns = """
        Year, Name, PrizeAmountDkk, NominationOpensAt, NominationDeadline, ScoringDeadline,
        FinalVoteDeadline, CeremonyAt, Phase, Version
        """;

    public int Year { get; init; }
    public string Name { get; init; } = "";
    public int PrizeAmountDkk { get; init; }
    public DateTimeOffset NominationOpensAt { get; init; }
    public DateTimeOffset NominationDeadline { get; init; }
    public DateTimeOffset ScoringDeadline { get; init; }
    public DateTimeOffset FinalVoteDeadline { get; init; }
    public DateTimeOffset CeremonyAt { get; init; }
    public Phase Phase { get; init; }
    public int Version { get; init; }
}
