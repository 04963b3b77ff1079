using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// One nomination as its caller may read it (GET /api/nominations/{id}). A juror without the private link reads it as
/// the jury does: only eligible nominations of an edition they sit on, never one they are conflicted on, and without
/// the nominator's contact details. The secretariat, and the nominator with the link, read the whole nomination.
/// </summary>
public static class ReadNomination
{
    [Public]
    public sealed record Query(long Id, [property: Sensitive] string? Token) : IQuery<Result>;

    /// <summary>Exactly one is set: Jury for a juror, Whole (with the version a change must name) for everyone else.</summary>
    public sealed record Result(NominationText? Jury, NominationView? Whole);

    private const string YearOf = "SELECT Year FROM Nominations WHERE Id = @Id";

    private static bool AsJuror(ICurrentUser user, Query q) => q.Token is null && JuryAccess.ReadsAsJuror(user);

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public async Task CheckAsync(Query q, CancellationToken ct)
        {
            if (!AsJuror(user, q))
            {
                await NominationAccess.RequireAsync(db, user, clock, q.Id, null, q.Token, ct);
                return;
            }
            var juror = await JuryAccess.CurrentJurorIdAsync(db, user, await YearAsync(db, q.Id, ct), clock.GetUtcNow(), ct);
            await ConflictRules.EnsureNotConflictedAsync(db, juror, q.Id, ct);
        }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) => AsJuror(user, q)
            ? new Result(await NominationText.EligibleAsync(db, await YearAsync(db, q.Id, ct), q.Id, ct), null)
            : new Result(null, await GetNomination.LoadAsync(db, user, clock, q.Id, null, ct));
    }

    private static async Task<int> YearAsync(Db db, long id, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<int?>(YearOf, new { Id = id }, ct)
        ?? throw new NotFoundException("Indstillingen findes ikke blandt dem, juryen bedømmer i denne prisuddeling.");
}
