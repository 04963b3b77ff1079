using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Who the signed-in juror is in an edition's jury, and what of the edition the jury rules need.</summary>
public static class JuryAccess
{
    private const string JurorOfUser = "SELECT Id FROM Jurors WHERE Year = @Year AND UserId = @UserId";

    private const string Edition = "SELECT Year, Name, Phase, ScoringDeadline FROM Editions WHERE Year = @Year";

    /// <summary>The juror comes from the session only, never from the request.</summary>
    public static async Task<long> CurrentJurorIdAsync(Db db, ICurrentUser user, int year, CancellationToken ct) =>
        user.UserId is { } userId && await db.QuerySingleOrDefaultAsync<long?>(JurorOfUser, new { Year = year, UserId = userId }, ct) is { } id
            ? id
            : throw new ForbiddenException($"Du er ikke jurymedlem for prisuddelingen {year}.");

    public static async Task<JuryEdition> EditionAsync(Db db, int year, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<JuryEdition>(Edition, new { Year = year }, ct)
        ?? throw new NotFoundException($"Prisuddelingen {year} findes ikke.");
}

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
