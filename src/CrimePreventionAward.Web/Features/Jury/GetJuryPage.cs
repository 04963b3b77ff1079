using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Everything the secretariat's jury page shows of a year: progress, declared conflicts and the criteria.</summary>
public static class GetJuryPage
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(GetJuryProgress.Result Progress, IReadOnlyList<ConflictView> Conflicts, IReadOnlyList<CriterionView> Criteria);

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) => new(
            await GetJuryProgress.LoadAsync(db, q.Year, ct),
            await ListConflicts.LoadAsync(db, q.Year, ct),
            await GetCriteria.LoadAsync(db, q.Year, ct));
    }
}
