using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>The public page of an edition's nominees (without a year, the current edition's), with the winner once public.</summary>
public static class GetNomineesPage
{
    [Public]
    public sealed record Query(int? Year) : IQuery<Result>;

    public sealed record Result(GetNominees.Result Nominees, GetWinner.Result? Winner);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var facts = await EditionFacts.LoadAsync(db, q.Year ?? (await GetEdition.RequireAsync(db, user, null, ct)).Year, ct);
            var now = clock.GetUtcNow();
            return new(await GetNominees.LoadAsync(db, user, facts, now, ct), await GetWinner.LoadAsync(db, facts, now, ct));
        }
    }
}
