using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrimePreventionAward.Web.Features;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

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
