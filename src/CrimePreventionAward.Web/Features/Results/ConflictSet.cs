using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>Every (juror, nomination) pair of an edition that is kept out of the tally and the vote, by the jury's one rule.</summary>
public static class ConflictSet
{
    private const string Pairs = $"""
        SELECT j.Id AS JurorId, n.Id AS NominationId FROM Jurors j, Nominations n
        WHERE j.Year = @Year AND n.Year = @Year AND {ConflictRules.Conflicted}
        """;

    public static async Task<HashSet<(long JurorId, long NominationId)>> LoadAsync(Db db, int year, CancellationToken ct) =>
        (await db.QueryAsync<Pair>(Pairs, new { Year = year }, ct)).Select(p => (p.JurorId, p.NominationId)).ToHashSet();

    private sealed class Pair
    {
        public long JurorId { get; init; }
        public long NominationId { get; init; }
    }
}
