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

    /// <summary>The edition's declared conflicts; one on a nomination of another edition covers nothing here.</summary>
    private const string Declared = """
        SELECT cf.JurorId, n.Id AS NominationId, LOWER(cf.Organisation) AS Organisation
        FROM Conflicts cf JOIN Jurors j ON j.Id = cf.JurorId LEFT JOIN Nominations n ON n.Id = cf.NominationId AND n.Year = @Year
        WHERE j.Year = @Year
        """;

    private const string Organisations = """
        SELECT Id, LOWER(Organisation) AS Organisation, LOWER(NominatorOrganisation) AS NominatorOrganisation
        FROM Nominations WHERE Year = @Year
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
    /// nominations × 30 jurors). The same comparisons: the database's LOWER on both sides, then equal text; a missing
    /// organisation equals nothing. ConflictSetTests holds it equal to <see cref="Conflicted"/> pair by pair.
    /// </summary>
    public static async Task<HashSet<(long JurorId, long NominationId)>> EditionPairsAsync(Db db, int year, CancellationToken ct)
    {
        var args = new { Year = year };
        var pairs = new HashSet<(long JurorId, long NominationId)>();
        var byOrganisation = new List<DeclaredRow>();
        foreach (var declared in await db.QueryAsync<DeclaredRow>(Declared, args, ct))
        {
            if (declared.NominationId is { } nomination) pairs.Add((declared.JurorId, nomination));
            if (declared.Organisation is not null) byOrganisation.Add(declared);
        }
        if (byOrganisation.Count == 0) return pairs;

        var covered = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var n in await db.QueryAsync<OrganisationRow>(Organisations, args, ct))
            foreach (var organisation in (string?[])[n.Organisation, n.NominatorOrganisation])
                if (organisation is not null)
                {
                    if (!covered.TryGetValue(organisation, out var ids)) covered.Add(organisation, ids = []);
                    ids.Add(n.Id);
                }
        foreach (var declared in byOrganisation)
            if (covered.TryGetValue(declared.Organisation!, out var ids))
                foreach (var nomination in ids) pairs.Add((declared.JurorId, nomination));
        return pairs;
    }

    private sealed class DeclaredRow
    {
        public long JurorId { get; init; }
        public long? NominationId { get; init; }
        public string? Organisation { get; init; }
    }

    private sealed class OrganisationRow
    {
        public long Id { get; init; }
        public string? Organisation { get; init; }
        public string? NominatorOrganisation { get; init; }
    }
}
