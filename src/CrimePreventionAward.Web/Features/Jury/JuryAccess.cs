using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Who the signed-in juror is in an edition's jury, and what of the edition the jury rules need.</summary>
public static class JuryAccess
{
    /// <summary>
    /// A juror's access ends with their edition: after its ceremony (read now, so a moved ceremony counts), or when
    /// the secretariat removes them, the juror gets no sign-in link and reads nothing of it; a juror carried over from
    /// last year has none until invited. For a query joining Jurors j to Editions e, with @Now.
    /// </summary>
    public const string Active = $"e.CeremonyAt > @Now AND {Seated}";

    /// <summary>On the jury now: neither removed nor still waiting for an invitation. For Jurors j.</summary>
    public const string Seated = "j.RemovedAt IS NULL AND j.InvitationPending = 0";

    private const string JurorOfUser = $"""
        SELECT j.Id FROM Jurors j JOIN Editions e ON e.Year = j.Year WHERE j.Year = @Year AND j.UserId = @UserId AND {Active}
        """;

    private const string Edition = "SELECT Year, Name, Phase, ScoringDeadline FROM Editions WHERE Year = @Year";

    /// <summary>The juror comes from the session only, never from the request; null when their access has ended.</summary>
    public static async Task<long?> ActiveJurorIdAsync(Db db, ICurrentUser user, int year, DateTimeOffset now, CancellationToken ct) =>
        user.UserId is { } userId ? await db.QuerySingleOrDefaultAsync<long?>(JurorOfUser, new { Year = year, UserId = userId, Now = now }, ct) : null;

    public static async Task<long> CurrentJurorIdAsync(Db db, ICurrentUser user, int year, DateTimeOffset now, CancellationToken ct) =>
        await ActiveJurorIdAsync(db, user, year, now, ct) ?? throw new ForbiddenException($"Du er ikke jurymedlem for prisuddelingen {year}.");

    /// <summary>A juror who is not also the secretariat reads what the jury reads, nothing more.</summary>
    public static bool ReadsAsJuror(ICurrentUser user) => user.IsInRole(Roles.Juror) && !user.IsInRole(Roles.Secretariat);

    public static async Task<JuryEdition> EditionAsync(Db db, int year, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<JuryEdition>(Edition, new { Year = year }, ct)
        ?? throw new NotFoundException($"Prisuddelingen {year} findes ikke.");
}
