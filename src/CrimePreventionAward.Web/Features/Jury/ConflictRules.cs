using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// The one definition of "juror j is conflicted on nomination n". Every handler, rule and list uses it, so no route
/// can disagree about who is kept out. A conflict on an organisation covers every nomination whose organisation or
/// nominating organisation has that name (case-insensitive).
/// </summary>
public static class ConflictRules
{
    /// <summary>A predicate for SQL that names the juror's id as <c>j.Id</c> and the nomination as <c>n</c>.</summary>
    public const string Conflicted = """
        EXISTS (SELECT 1 FROM Conflicts cf WHERE cf.JurorId = j.Id AND (cf.NominationId = n.Id
            OR LOWER(cf.Organisation) = LOWER(n.Organisation) OR LOWER(cf.Organisation) = LOWER(n.NominatorOrganisation)))
        """;

    private const string One = $"""
        SELECT COUNT(*) FROM Jurors j, Nominations n WHERE j.Id = @JurorId AND n.Id = @NominationId AND {Conflicted}
        """;

    /// <summary>
    /// The pairs <see cref="Conflicted"/> holds for in one edition. The organisations are compared by the database
    /// with the same LOWER and '=' as the predicate, so its collation decides equality on both dialects (SQL Server
    /// ignores trailing spaces, SQLite does not), and each name is folded once rather than once per juror × nomination.
    /// </summary>
    private const string EditionPairs = """
        SELECT cf.JurorId, n.Id AS NominationId
        FROM Conflicts cf JOIN Jurors j ON j.Id = cf.JurorId JOIN Nominations n ON n.Id = cf.NominationId
        WHERE j.Year = @Year AND n.Year = @Year
        UNION
        SELECT c.JurorId, o.Id AS NominationId
        FROM (SELECT cf.JurorId, LOWER(cf.Organisation) AS Organisation
              FROM Conflicts cf JOIN Jurors j ON j.Id = cf.JurorId
              WHERE j.Year = @Year AND cf.Organisation IS NOT NULL) c
        JOIN (SELECT Id, LOWER(Organisation) AS Organisation FROM Nominations WHERE Year = @Year
              UNION ALL
              SELECT Id, LOWER(NominatorOrganisation) FROM Nominations WHERE Year = @Year) o
            ON o.Organisation = c.Organisation
        """;

    public static async Task<bool> IsConflictedAsync(Db db, long jurorId, long nominationId, CancellationToken ct) =>
        await db.ScalarAsync<int>(One, new { JurorId = jurorId, NominationId = nominationId }, ct) > 0;

    /// <summary>Refuses (403) a juror who is conflicted on the nomination.</summary>
    public static async Task EnsureNotConflictedAsync(Db db, long jurorId, long nominationId, CancellationToken ct)
    {
        if (await IsConflictedAsync(db, jurorId, nominationId, ct))
            throw new ForbiddenException("Du har erklæret dig inhabil i denne indstilling og kan ikke se eller bedømme den.");
    }

    /// <summary>
    /// Every (juror, nomination) pair of an edition that <see cref="Conflicted"/> holds for, found from the edition's
    /// declared conflicts instead of by asking about every juror × nomination pair (60,000 questions at 2,000
    /// nominations × 30 jurors). ConflictSetTests holds it equal to <see cref="Conflicted"/> pair by pair.
    /// </summary>
    public static async Task<HashSet<(long JurorId, long NominationId)>> EditionPairsAsync(Db db, int year, CancellationToken ct) =>
        (await db.QueryAsync<(long JurorId, long NominationId)>(EditionPairs, new { Year = year }, ct)).ToHashSet();
}
