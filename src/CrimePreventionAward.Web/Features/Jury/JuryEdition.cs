using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;

namespace CrimePreventionAward.Web.Features.Jury;

public sealed class JuryEdition
{
    public int Year { get; init; }
    public string Name { get; init; } = "";
    public Phase Phase { get; init; }
    public DateTimeOffset ScoringDeadline { get; init; }

    /// <summary>Score sheets are open while the edition is in Scoring and its deadline has not passed.</summary>
    public bool ScoringOpen(DateTimeOffset now) => Phase == Phase.Scoring && now < ScoringDeadline;

    /// <summary>The round is closed once the edition has moved past Scoring: then jurors may see each other's scores.</summary>
    public bool RoundClosed => Phase > Phase.Scoring;

    public void EnsureScoringOpen(DateTimeOffset now)
    {
        if (Phase != Phase.Scoring)
            throw new ConflictException($"Bedømmelsen er ikke åben: prisuddelingen er i fasen {PhaseRules.DanishName(Phase)}.");
        if (now >= ScoringDeadline)
            throw new ConflictException($"Fristen for bedømmelse udløb {DanishTime.Format(ScoringDeadline)}. Bedømmelsesarket kan kun læses.");
    }
}
