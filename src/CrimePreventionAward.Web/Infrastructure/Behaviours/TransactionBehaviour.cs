using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

/// <summary>Commands run in one transaction (with the audit row and any outbox mail); nested sends join it.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(Db db) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = RequestKinds.IsCommand(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand || db.Transaction is not null) return await next();
        return await db.InTransactionAsync(() => next(), ct);
    }
}
