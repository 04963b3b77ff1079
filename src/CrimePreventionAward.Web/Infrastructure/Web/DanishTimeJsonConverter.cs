using System.Text.Json;
using System.Text.Json.Serialization;
using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>The API shows every instant with the Copenhagen offset it had then; it accepts any offset.</summary>
public sealed class DanishTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DanishTime.ToLocal(value));
}
