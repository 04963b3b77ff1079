using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

/// <summary>
/// Commands run in one transaction (with the audit row and any outbox mail); nested sends join it. A commit ends the
/// public pages' cache generation unless every command in it is marked <see cref="KeepsPublicPagesAttribute"/>; a
/// nested unmarked one ends it after the outer commit, never before (a page rendered in between would be cached with
/// the old data under the new generation).
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(Db db, PublicSchedule publicPages) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = RequestKinds.IsCommand(typeof(TRequest));
    private static readonly bool EndsPublicPages = RequestKinds.EndsPublicPages(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand) return await next();
        if (db.Transaction is not null)
        {
            if (EndsPublicPages) db.AfterCommit(publicPages.Changed);
            return await next();
        }
        var result = await db.InTransactionAsync(() => next(), ct);
        if (EndsPublicPages) publicPages.Changed();
        return result;
    }
}
