using System.Text.Json;
using System.Text.RegularExpressions;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>A request the API could not bind, as field errors naming the field (camelCase, as the JSON has it).</summary>
public static partial class BindingErrors
{
    public static Dictionary<string, string[]>? Of(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is JsonException json)
                return json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
                    ? new() { [JsonNames.CamelCase(path[2..])] = ["Feltet har en ugyldig værdi eller type."] }
                    : new() { ["body"] = ["Indholdet er ikke gyldig JSON af den ventede form."] };
        if (e is not BadHttpRequestException) return null;
        if (ParameterPattern().Match(e.Message) is { Success: true } m)
            return new() { [JsonNames.CamelCase(m.Groups["name"].Value)] = [m.Groups["what"].Value == "Required" ? "Skal angives." : "Ugyldig værdi."] };
        return e.Message.Contains("no body was provided", StringComparison.Ordinal)
            ? new() { ["body"] = ["Forespørgslen mangler indhold."] } : null;
    }

    [GeneratedRegex("^(?<what>Failed to bind|Required) parameter \"[^\" ]+ (?<name>[^\"]+)\"")]
    private static partial Regex ParameterPattern();
}
