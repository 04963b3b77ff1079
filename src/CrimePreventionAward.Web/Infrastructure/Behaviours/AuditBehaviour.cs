using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Infrastructure.Audit;
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
        {
            var data = JsonSerializer.Serialize(new { request, result = response }, AuditJson.Options);
            await AuditChain.AppendAsync(db, clock.GetUtcNow(), user.UserId, user.Name, RequestName.Of(typeof(TRequest)), data, ct);
        }
        return response;
    }
}

internal static class AuditJson
{
    /// <summary>Stands for a text that was given; the log says which field, not what it held.</summary>
    public const string Given = "…";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Readable Danish in the stored log; it is data, never written into a page unencoded.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepNoPersonalContents } },
    };

    private static void KeepNoPersonalContents(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            var member = property.AttributeProvider as MemberInfo;
            if (member?.GetCustomAttribute<SensitiveAttribute>() is not null
                || property.PropertyType == typeof(byte[]) || typeof(Stream).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = (_, _) => false;
            else if (IsText(property.PropertyType) && member?.GetCustomAttribute<AuditValueAttribute>() is null)
                NameOnly(property);
        }
    }

    private static bool IsText(Type type) =>
        type == typeof(string) || (type != typeof(string) && typeof(IEnumerable<string>).IsAssignableFrom(type));

    private static void NameOnly(JsonPropertyInfo property)
    {
        if (property.PropertyType != typeof(string))
        {
            property.ShouldSerialize = (_, _) => false;
            return;
        }
        var get = property.Get!;
        property.Get = owner => get(owner) is string { Length: > 0 } ? Given : null;
        property.ShouldSerialize = (_, value) => value is not null;
    }
}
