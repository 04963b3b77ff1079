using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

/// <summary>
/// Writes who did what, when and to which record, in the command's own transaction, as the next link of the audit
/// chain. Ids, numbers, choices and times are kept; texts only by the names of the fields given.
/// </summary>
public sealed class AuditBehaviour<TRequest, TResponse>(Db db, ICurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = RequestKinds.IsCommand(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (IsCommand && response is not IJobOutcome { DidNothing: true })
            await AuditEntry.AppendAsync(db, user, clock, request, response, ct);
        return response;
    }
}
