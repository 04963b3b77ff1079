using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Everything a juror's page of a year shows: their nominations and conflicts, and the final vote while it is open.</summary>
public static class GetMyJuryPage
{
    [Authorise(Roles.Juror)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(ListMyNominations.Result Jury, ListMyOpenVotes.OpenVote? Vote);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) => new(
            await ListMyNominations.LoadAsync(db, user, clock, q.Year, ct),
            (await ListMyOpenVotes.LoadAsync(db, user, clock, ct)).FirstOrDefault(v => v.Year == q.Year));
    }
}
