using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// An edition's criteria, for the secretariat and the edition's own jurors. Reading writes nothing: an edition
/// without criteria yet shows the five suggested ones (id 0), which are stored when the first juror is invited.
/// </summary>
public static class GetCriteria
{
    [Authorise(Roles.Secretariat, Roles.Juror)]
    public sealed record Query(int Year) : IQuery<IReadOnlyList<CriterionView>>;

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public async Task CheckAsync(Query q, CancellationToken ct)
        {
            if (user.IsInRole(Roles.Secretariat)) return;
            await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<CriterionView>>
    {
        public Task<IReadOnlyList<CriterionView>> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Year, ct);
    }

    internal static async Task<IReadOnlyList<CriterionView>> LoadAsync(Db db, int year, CancellationToken ct)
    {
        await JuryAccess.EditionAsync(db, year, ct);
        var stored = (await db.QueryAsync<CriterionView>(CriterionView.Select, new { Year = year }, ct)).ToList();
        return stored.Count > 0 ? stored : EnsureDefaultCriteria.Defaults.Select((d, i) => new CriterionView
        {
            Year = year, Name = d.Name, Description = d.Description, Weight = 1, ScaleMin = 1, ScaleMax = 5, SortOrder = i + 1,
            AnchorLow = d.AnchorLow, AnchorMid = d.AnchorMid, AnchorHigh = d.AnchorHigh,
        }).ToList();
    }
}
