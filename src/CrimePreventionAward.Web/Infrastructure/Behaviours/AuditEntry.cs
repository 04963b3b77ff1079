using System.Text.Json;
using CrimePreventionAward.Web.Infrastructure.Audit;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

/// <summary>
/// One command's audit row: who, when, the request and its result (texts by field name only), as the next link of
/// the chain. Written by <see cref="AuditBehaviour{TRequest,TResponse}"/>, and by a command that applies another
/// use case to many records, so each record gets the row it would get alone.
/// </summary>
public static class AuditEntry
{
    public static Task AppendAsync<TRequest, TResponse>(
        Db db, ICurrentUser user, TimeProvider clock, TRequest request, TResponse response, CancellationToken ct)
    {
        var data = JsonSerializer.Serialize(new { request, result = response }, AuditJson.Options);
        return AuditChain.AppendAsync(db, clock.GetUtcNow(), user.UserId, user.Name, RequestName.Of(typeof(TRequest)), data, ct);
    }
}
