using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Audit;

/// <summary>Everything the secretariat's audit page shows: one page of the filtered log and, when asked for, the chain's check.</summary>
public static class GetAuditPage
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(ListAudit.Query Log, bool Verify) : IQuery<Result>;

    public sealed record Result(ListAudit.Result Log, VerifyAuditChain.Result? Verification);

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) =>
            new(await ListAudit.LoadAsync(db, q.Log, ct), q.Verify ? await VerifyAuditChain.Handler.LoadAsync(db, ct) : null);
    }
}
