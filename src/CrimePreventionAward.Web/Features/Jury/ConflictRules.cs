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

    public static async Task<bool> IsConflictedAsync(Db db, long jurorId, long nominationId, CancellationToken ct) =>
        await db.ScalarAsync<int>(One, new { JurorId = jurorId, NominationId = nominationId }, ct) > 0;

    /// <summary>Refuses (403) a juror who is conflicted on the nomination.</summary>
    public static async Task EnsureNotConflictedAsync(Db db, long jurorId, long nominationId, CancellationToken ct)
    {
        if (await IsConflictedAsync(db, jurorId, nominationId, ct))
            throw new ForbiddenException("Du har erklæret dig inhabil i denne indstilling og kan ikke se eller bedømme den.");
    }
}
