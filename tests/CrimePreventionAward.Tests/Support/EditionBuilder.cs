using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// One edition, made through the real commands: created (in Draft), then moved to its phase in one step. Start from
/// <see cref="Editions.Build"/>; every setting is optional.
/// </summary>
public sealed record EditionBuilder(int Year)
{
    public string Name { get; init; } = $"Den Kriminalpræventive Pris {Year}";
    public int PrizeAmountDkk { get; init; } = 50_000;
    public DateTimeOffset NominationOpensAt { get; init; }
    public DateTimeOffset NominationDeadline { get; init; }
    public DateTimeOffset ScoringDeadline { get; init; }
    public DateTimeOffset FinalVoteDeadline { get; init; }
    public DateTimeOffset CeremonyAt { get; init; }
    public Phase Phase { get; init; } = Phase.Draft;
    public string? PhaseReason { get; init; }

    /// <summary>Opens 60 days before the deadline; scoring, final vote and ceremony 30, 60 and 90 days after it.</summary>
    public EditionBuilder WithNominationDeadline(DateTimeOffset deadline) =>
        WithDeadlines(deadline, deadline.AddDays(30), deadline.AddDays(60), deadline.AddDays(90));

    /// <summary>Everything counted back from the ceremony: 300, 200, 100 and 20 days before it.</summary>
    public EditionBuilder WithCeremonyAt(DateTimeOffset at) =>
        WithDeadlines(at.AddDays(-200), at.AddDays(-100), at.AddDays(-20), at, opensAt: at.AddDays(-300));

    /// <summary>Without <paramref name="opensAt"/> nominations open 60 days before their deadline.</summary>
    public EditionBuilder WithDeadlines(DateTimeOffset nominationDeadline, DateTimeOffset scoringDeadline,
        DateTimeOffset finalVoteDeadline, DateTimeOffset ceremonyAt, DateTimeOffset? opensAt = null) => this with
    {
        NominationOpensAt = opensAt ?? nominationDeadline.AddDays(-60), NominationDeadline = nominationDeadline,
        ScoringDeadline = scoringDeadline, FinalVoteDeadline = finalVoteDeadline, CeremonyAt = ceremonyAt,
    };

    public EditionBuilder WithPrize(int amountDkk) => this with { PrizeAmountDkk = amountDkk };

    /// <summary>Moved straight from Draft to the phase, as the secretariat may with a reason.</summary>
    public EditionBuilder InPhase(Phase phase, string? reason = null) => this with { Phase = phase, PhaseReason = reason };

    public CreateEdition.Command Command => new(Year, Name, PrizeAmountDkk, NominationOpensAt, NominationDeadline,
        ScoringDeadline, FinalVoteDeadline, CeremonyAt);

    public async Task<int> CreateAsync(AwardFactory app)
    {
        await app.SendAsSystem(Command);
        if (Phase != Phase.Draft) await app.SendAsSystem(new ChangePhase.Command(Year, Phase, PhaseReason));
        return Year;
    }
}
