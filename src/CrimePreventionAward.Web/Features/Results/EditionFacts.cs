using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The few facts of an edition the results use cases check: phase, deadlines, announcements. "At the ceremony" is a
/// rule, not a copied time: an unpublished winner announcement without an explicit time is due at the ceremony's
/// current start (<see cref="DueAt"/>), so moving the ceremony moves it.
/// </summary>
public sealed class EditionFacts
{
    public int Year { get; init; }
    public string Name { get; init; } = "";
    public Phase Phase { get; init; }
    public DateTimeOffset FinalVoteDeadline { get; init; }
    public DateTimeOffset CeremonyAt { get; init; }
    public DateTimeOffset? ShortlistAt { get; init; }
    public DateTimeOffset? WinnerAt { get; init; }

    /// <summary>The ceremony's current start (the ceremony's own record, else the edition's time) for edition alias e.</summary>
    public const string CeremonyStart = "COALESCE((SELECT c.StartsAt FROM Ceremonies c WHERE c.Year = e.Year), e.CeremonyAt)";

    /// <summary>When announcement a (joined with its edition e) is due.</summary>
    public const string DueAt = $"""
        CASE WHEN a.Kind = 'Winner' AND a.PublishedAt IS NULL AND a.IsExplicit = 0 THEN {CeremonyStart} ELSE a.AnnounceAt END
        """;

    private const string Sql = $"""
        SELECT e.Year, e.Name, e.Phase, e.FinalVoteDeadline, {CeremonyStart} AS CeremonyAt,
               (SELECT a.AnnounceAt FROM Announcements a WHERE a.Year = e.Year AND a.Kind = 'Shortlist') AS ShortlistAt,
               (SELECT {DueAt} FROM Announcements a WHERE a.Year = e.Year AND a.Kind = 'Winner') AS WinnerAt
        FROM Editions e WHERE e.Year = @Year
        """;

    private const string MovePhase = "UPDATE Editions SET Phase = @To, Version = Version + 1 WHERE Year = @Year AND Phase = @From";

    private const string RecordPhase = """
        INSERT INTO PhaseChanges (Year, FromPhase, ToPhase, Reason, ChangedBy, ChangedAt)
        VALUES (@Year, @From, @To, @Reason, @ChangedBy, @ChangedAt)
        """;

    public static async Task<EditionFacts> LoadAsync(Db db, int year, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<EditionFacts>(Sql, new { Year = year }, ct)
        ?? throw new NotFoundException($"Prisuddelingen {year} findes ikke.");

    /// <summary>Public when the announcement time has come by the clock, whether or not the job has run yet.</summary>
    public bool NomineesPublic(DateTimeOffset now) => ShortlistAt is { } at && at <= now;

    public bool WinnerPublic(DateTimeOffset now) => WinnerAt is { } at && at <= now && Phase >= Phase.Decided;

    /// <summary>Moves the phase as part of a results command, recorded like a manual move.</summary>
    public static async Task MoveAsync(Db db, int year, Phase from, Phase to, string reason, string by, DateTimeOffset at, CancellationToken ct)
    {
        var args = new { Year = year, From = from.ToString(), To = to.ToString(), Reason = reason, ChangedBy = by, ChangedAt = at };
        if (await db.ExecuteAsync(MovePhase, args, ct) != 1)
            throw new ConflictException("Fasen blev ændret af en anden imens. Prøv igen.");
        await db.ExecuteAsync(RecordPhase, args, ct);
    }
}
