using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>Every (juror, nomination) pair of an edition that is kept out of the tally and the vote, by the jury's one rule.</summary>
public static class ConflictSet
{
    public static Task<HashSet<(long JurorId, long NominationId)>> LoadAsync(Db db, int year, CancellationToken ct) =>
        ConflictRules.EditionPairsAsync(db, year, ct);
}
