namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>The ceremony as everyone may see it. Never holds the winner: that is published by its own announcement.</summary>
public sealed class CeremonyView
{
    public int Year { get; init; }
    public string EditionName { get; init; } = "";
    public DateTimeOffset StartsAt { get; init; }
    public string Venue { get; init; } = "";
    public string Address { get; init; } = "";
    public string Presenter { get; init; } = "";
    public int PrizeAmountDkk { get; init; }

    /// <summary>0 while the secretariat has not saved the ceremony yet (the edition's time and prize are shown).</summary>
    public int Version { get; init; }
    public IReadOnlyList<ProgrammeItemView> Programme { get; set; } = [];
}
