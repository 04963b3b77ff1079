using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// A nomination as a juror reads it through the API (GET /api/nominations/{id}): only eligible nominations of an
/// edition the juror sits on, never one they are conflicted on, and without the nominator's contact details.
/// </summary>
public static class ReadNomination
{
    [Authorise(Roles.Juror)]
    public sealed record Query(long NominationId) : IQuery<NominationText>;

    private const string YearOf = "SELECT Year FROM Nominations WHERE Id = @NominationId";

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public async Task CheckAsync(Query q, CancellationToken ct)
        {
            var year = await YearAsync(db, q.NominationId, ct);
            await ConflictRules.EnsureNotConflictedAsync(db, await JuryAccess.CurrentJurorIdAsync(db, user, year, clock.GetUtcNow(), ct), q.NominationId, ct);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, NominationText>
    {
        public async Task<NominationText> Handle(Query q, CancellationToken ct) =>
            await NominationText.EligibleAsync(db, await YearAsync(db, q.NominationId, ct), q.NominationId, ct);
    }

    private static async Task<int> YearAsync(Db db, long nominationId, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<int?>(YearOf, new { NominationId = nominationId }, ct)
        ?? throw new NotFoundException("Indstillingen findes ikke blandt dem, juryen bedømmer i denne prisuddeling.");
}
