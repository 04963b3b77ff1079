using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Which juror is conflicted on which nomination: declared per nomination, or per organisation (matching the
/// candidate's organisation or the nominating organisation, ignoring case).
/// </summary>
public static class ConflictSet
{
    private const string Conflicts = "SELECT JurorId, NominationId, Organisation FROM Conflicts WHERE Year = @Year";

    private const string Organisations = """
        SELECT Id, Organisation, NominatorOrganisation FROM Nominations WHERE Year = @Year
        """;

    public static async Task<HashSet<(long JurorId, long NominationId)>> LoadAsync(Db db, int year, CancellationToken ct)
    {
        var conflicts = (await db.QueryAsync<ConflictRow>(Conflicts, new { Year = year }, ct)).ToList();
        var set = conflicts.Where(c => c.NominationId is not null).Select(c => (c.JurorId, c.NominationId!.Value)).ToHashSet();
        var byOrganisation = conflicts.Where(c => !string.IsNullOrWhiteSpace(c.Organisation)).ToList();
        if (byOrganisation.Count == 0) return set;
        foreach (var n in await db.QueryAsync<OrganisationRow>(Organisations, new { Year = year }, ct))
            foreach (var c in byOrganisation)
                if (Same(c.Organisation, n.Organisation) || Same(c.Organisation, n.NominatorOrganisation))
                    set.Add((c.JurorId, n.Id));
        return set;
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private sealed class ConflictRow
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
