using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

public static class GetCriteria
{
    [Authorise(Roles.Secretariat, Roles.Juror)]
    public sealed record Query(int Year) : IQuery<IReadOnlyList<CriterionView>>;

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<CriterionView>>
    {
        public async Task<IReadOnlyList<CriterionView>> Handle(Query q, CancellationToken ct)
        {
            await JuryAccess.EditionAsync(db, q.Year, ct);
            return (await db.QueryAsync<CriterionView>(CriterionView.Select, new { q.Year }, ct)).ToList();
        }
    }
}
