using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>The public winner page of an edition (without a year, the current edition's); not found before the announcement.</summary>
public static class GetWinnerPage
{
    [Public]
    public sealed record Query(int? Year) : IQuery<GetWinner.Result>;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, GetWinner.Result>
    {
        public async Task<GetWinner.Result> Handle(Query q, CancellationToken ct) =>
            await GetWinner.PublicAsync(db, q.Year ?? (await GetEdition.RequireAsync(db, user, null, ct)).Year, clock.GetUtcNow(), ct);
    }
}
