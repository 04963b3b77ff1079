using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

/// <summary>
/// Commands run in one transaction (with the audit row and any outbox mail); nested sends join it. A commit ends the
/// public pages' cache generation, since any command may change what they show.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(Db db, PublicSchedule publicPages) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = RequestKinds.IsCommand(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand || db.Transaction is not null) return await next();
        var result = await db.InTransactionAsync(() => next(), ct);
        publicPages.Changed();
        return result;
    }
}
