using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Everything the secretariat's criteria form shows: the edition (its phase freezes the form) and its criteria.</summary>
public static class GetCriteriaPage
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(EditionView Edition, IReadOnlyList<CriterionView> Criteria);

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) =>
            new(await GetEdition.RequireAsync(db, user, q.Year, ct), await GetCriteria.LoadAsync(db, q.Year, ct));
    }
}
