using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

/// <summary>Writes who did what, when, with which data, in the command's own transaction.</summary>
public sealed class AuditBehaviour<TRequest, TResponse>(Db db, ICurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = RequestKinds.IsCommand(typeof(TRequest));

    private const string Insert = """
        INSERT INTO AuditLog (At, UserId, UserName, Action, Data)
        VALUES (@At, @UserId, @UserName, @Action, @Data)
        """;

    public async Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (IsCommand)
        {
            var data = JsonSerializer.Serialize(new { request, result = response }, AuditJson.Options);
            await db.ExecuteAsync(Insert, new
            {
                At = clock.GetUtcNow(),
                user.UserId,
                UserName = user.Name,
                Action = RequestName.Of(typeof(TRequest)),
                Data = data,
            }, ct);
        }
        return response;
    }
}

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Readable Danish in the stored log; it is data, never written into a page unencoded.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropSensitive } },
    };

    private static void DropSensitive(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            var member = property.AttributeProvider as MemberInfo;
            if (member?.GetCustomAttribute<SensitiveAttribute>() is not null
                || property.PropertyType == typeof(byte[]) || typeof(Stream).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = (_, _) => false;
        }
    }
}
