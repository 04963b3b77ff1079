using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CrimePreventionAward.Tests.Foundation.BadInput;

/// <summary>One malformed request: who sends it, where, and the body (given the sender's anti-forgery token).</summary>
public sealed record BadRequest(string Role, string Method, string Url, string What, Func<string, HttpContent?> Body)
{
    public override string ToString() => $"{Role} {Method} {Url} [{What}]";
}

/// <summary>
/// Every route the app maps (from its endpoint data source) × a catalogue of malformations; request bodies of the API
/// are shaped by the OpenAPI document (wrong types, unknown enum values, absurd dates and numbers, control characters),
/// page forms by the fields the page itself shows.
/// </summary>
public static partial class BadInputCatalogue
{
    public sealed record Values(int Year, long NominationId);

    private static readonly string[] BadPathValues =
        ["abc", "-1", "99999999999999999999", "%00", "%C3%28", "..%2F..%2Fetc%2Fpasswd", "%FF%FE", new string('9', 3000), "1%0D%0ASet-Cookie:x=1"];

    private static readonly string[] Skipped = ["/hangfire", "/scalar", "/openapi", "/_framework", "/_vs", "/lib", "/css", "/js"];

    public static IEnumerable<(string Method, RouteEndpoint Endpoint)> Routes(EndpointDataSource source) =>
        source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !Skipped.Any(s => ("/" + raw.TrimStart('/')).StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Select(m => (m, e)))
            .DistinctBy(r => (r.Item1, r.e.RoutePattern.RawText))
            .OrderBy(r => r.e.RoutePattern.RawText).ThenBy(r => r.Item1);

    /// <summary>The route with every parameter filled in with a value that exists, or with one bad value in one place.</summary>
    public static string Path(RoutePattern pattern, Values values, string? badParameter = null, string? bad = null)
    {
        var path = "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart p when p.Name == badParameter => bad!,
            RoutePatternParameterPart p => Good(p, values),
            _ => "",
        }))));
        return path;
    }

    private static string Good(RoutePatternParameterPart p, Values values) => p.Name.ToLowerInvariant() switch
    {
        "year" or "y" or "aar" => values.Year.ToString(),
        "id" or "nominationid" => values.NominationId.ToString(),
        "status" => "404",
        "reference" => $"KP-{values.Year}-001",
        _ when p.ParameterPolicies.Any(x => x.Content is "int" or "long") => "1",
        _ => "x",
    };

    public static IEnumerable<BadRequest> ForRoute(string role, string method, RouteEndpoint endpoint, Values values, OpenApi api, PageForms forms)
    {
        var pattern = endpoint.RoutePattern;
        var url = Path(pattern, values);
        var isApi = url.StartsWith("/api", StringComparison.Ordinal);
        foreach (var parameter in pattern.Parameters)
            foreach (var bad in BadPathValues)
                yield return new(role, method, Path(pattern, values, parameter.Name, bad), $"bad {parameter.Name}", _ => HasBody(method) ? Json("{}") : null);
        if (!HasBody(method))
        {
            yield return new(role, method, url + "?handler=xyz", "unknown handler", _ => null);
            yield return new(role, method, url + "?aar=0&year=abc&id=%00&token=" + new string('t', 3000), "bad query", _ => null);
            yield break;
        }
        var malformations = isApi ? ApiBodies(api.BodyOf(method, pattern.RawText!)) : FormBodies(forms.FieldsOf(url));
        foreach (var (what, body) in malformations)
            yield return new(role, method, url, what, body);
        if (!isApi)
        {
            yield return new(role, method, url + (url.Contains('?') ? "&" : "?") + "handler=xyz", "unknown handler", Form);
            yield return new(role, method, url, "no handler", Form);
        }
    }

    private static bool HasBody(string method) => method is "POST" or "PUT" or "PATCH" or "DELETE";

    private static HttpContent Form(string token) =>
        new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

    private static IEnumerable<(string, Func<string, HttpContent?>)> Generic()
    {
        yield return ("empty body", _ => new ByteArrayContent([]));
        yield return ("unknown charset", _ => Json("{}", "application/json; charset=klingon"));
        yield return ("latin-1 json", _ => Json("{}", "application/json; charset=iso-8859-1"));
        yield return ("text/plain", _ => new StringContent("hej", Encoding.UTF8, "text/plain"));
        yield return ("unparsable content type", _ => Raw("{}", "application/json; charset"));
        yield return ("multipart without a boundary", _ => Raw("--b\r\n\r\nx\r\n--b--\r\n", "multipart/form-data"));
        yield return ("broken multipart", _ => Raw("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n\r\n%PDF", "multipart/form-data; boundary=b"));
        yield return ("invalid utf-8", _ => new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]) { Headers = { ContentType = new("application/json") } });
        yield return ("huge body", _ => Json("{\"x\":\"" + new string('a', 1_200_000) + "\"}"));
    }

    private static IEnumerable<(string, Func<string, HttpContent?>)> ApiBodies(Schema? schema)
    {
        foreach (var generic in Generic()) yield return generic;
        yield return ("broken json", _ => Json("{\"a\":"));
        yield return ("json array", _ => Json("[1,2,3]"));
        yield return ("json null", _ => Json("null"));
        yield return ("deep json", _ => Json(new string('[', 5000) + new string(']', 5000)));
        if (schema is null) yield break;
        yield return ("wrong types", _ => Json(schema.With(p => p.WrongType())));
        yield return ("absurd values", _ => Json(schema.With(p => p.Absurd())));
        yield return ("control characters", _ => Json(schema.With(p => p.Type == "string" ? JsonSerializer.Serialize("a\u0000b\u0007\u001b[31m") : p.Example())));
        yield return ("over-long text", _ => Json(schema.With(p => p.Type == "string" ? JsonSerializer.Serialize(new string('å', (p.MaxLength ?? 5000) + 1)) : p.Example())));
        yield return ("huge collections", _ => Json(schema.With(p => p.Type == "array" ? "[" + string.Join(',', Enumerable.Repeat("1", 20_000)) + "]"
            : p.Type == "object" ? "{" + string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"{i}\":\"1\"")) + "}" : p.Example())));
    }

    private static IEnumerable<(string, Func<string, HttpContent?>)> FormBodies(IReadOnlyList<PageForms.Field> fields)
    {
        foreach (var generic in Generic()) yield return generic;
        yield return ("no anti-forgery token", _ => Fields(fields, f => f.Sample(), null));
        yield return ("a replayed foreign token", _ => Fields(fields, f => f.Sample(), ForeignToken));
        yield return ("2,000 fields", token => new FormUrlEncodedContent(Enumerable.Range(0, 2000).Select(i => KeyValuePair.Create($"f{i}", "x"))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token))));
        yield return ("a 3,000-character field name", token => new FormUrlEncodedContent(
            [KeyValuePair.Create(new string('n', 3000), "x"), KeyValuePair.Create("__RequestVerificationToken", token)]));
        yield return ("absurd dates and numbers", token => Fields(fields, f => f.Kind switch
        {
            "datetime-local" or "date" => "0001-01-01T00:00", "number" => "1e309", "checkbox" => "kanske", _ => "99999999999999999999",
        }, token));
        yield return ("control characters", token => Fields(fields, _ => "a\u0000b\u0007\u001b[31m", token));
        yield return ("over-long text", token => Fields(fields, _ => new string('å', 5000), token));
        yield return ("multipart fields", token => Multipart(fields, token));
    }

    /// <summary>A well-formed token of a client that is not the sender (read once, from another session).</summary>
    public static string ForeignToken { get; set; } = "CfDJ8AAAAAAAAAAAAAAAAAAAAAA";

    private static FormUrlEncodedContent Fields(IReadOnlyList<PageForms.Field> fields, Func<PageForms.Field, string> value, string? token) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, value(f)))
            .Concat(token is null ? [] : [KeyValuePair.Create("__RequestVerificationToken", token)]));

    private static MultipartFormDataContent Multipart(IReadOnlyList<PageForms.Field> fields, string token)
    {
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var f in fields) content.Add(new StringContent(f.Sample()), f.Name);
        content.Add(new ByteArrayContent("MZ\0\0"u8.ToArray()), "Files", "../../etc/passwd.pdf");
        return content;
    }

    private static StringContent Json(string body, string type = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private static ByteArrayContent Raw(string body, string type)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }
}

/// <summary>The request bodies the OpenAPI document describes, by method and route.</summary>
public sealed class OpenApi(JsonElement document)
{
    public Schema? BodyOf(string method, string route)
    {
        var template = "/" + Regex.Replace(route.TrimStart('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}");
        if (!document.GetProperty("paths").TryGetProperty(template, out var path)) return null;
        if (!path.TryGetProperty(method.ToLowerInvariant(), out var operation)) return null;
        if (!operation.TryGetProperty("requestBody", out var body) || !body.GetProperty("content").TryGetProperty("application/json", out var json)) return null;
        return Resolve(json.GetProperty("schema"));
    }

    private Schema Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        var properties = schema.TryGetProperty("properties", out var p)
            ? p.EnumerateObject().Select(x => Property(x.Name, x.Value)).ToList() : [];
        return new Schema(properties);
    }

    private SchemaProperty Property(string name, JsonElement s)
    {
        if (s.TryGetProperty("$ref", out var reference))
            s = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        var type = s.TryGetProperty("type", out var t) ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().First(x => x.GetString() != "null").GetString()! : t.GetString()! : "object";
        var format = s.TryGetProperty("format", out var f) ? f.GetString() : null;
        int? maxLength = s.TryGetProperty("maxLength", out var m) ? m.GetInt32() : null;
        var isEnum = s.TryGetProperty("enum", out _);
        return new SchemaProperty(name, type, format, maxLength, isEnum);
    }
}

public sealed record Schema(IReadOnlyList<SchemaProperty> Properties)
{
    public string With(Func<SchemaProperty, string> value) =>
        "{" + string.Join(',', Properties.Select(p => $"{JsonSerializer.Serialize(p.Name)}:{value(p)}")) + "}";
}

public sealed record SchemaProperty(string Name, string Type, string? Format, int? MaxLength, bool IsEnum)
{
    public string Example() => Type switch
    {
        "integer" or "number" => "1",
        "boolean" => "true",
        "array" => "[]",
        "object" => "{}",
        _ when Format == "date-time" => "\"2027-01-01T12:00:00+01:00\"",
        _ => "\"x\"",
    };

    public string WrongType() => Type switch
    {
        "integer" or "number" => "\"abc\"",
        "boolean" => "\"kanske\"",
        "array" => "{\"a\":1}",
        "object" => "[1]",
        _ when Format == "date-time" => "\"ikke en dato\"",
        _ => "{\"nested\":[1,2]}",
    };

    public string Absurd() => Type switch
    {
        "integer" => "99999999999999999999999",
        "number" => "1e309",
        _ when Format == "date-time" => "\"0001-01-01T00:00:00+00:00\"",
        _ when IsEnum => "\"Ukendt\"",
        "string" => "\"\\uD800\"",
        _ => WrongType(),
    };
}

/// <summary>The fields a page's forms show, read from the page as the sender sees it.</summary>
public sealed partial class PageForms(Func<string, Task<string?>> fetch)
{
    public sealed record Field(string Name, string Kind)
    {
        public string Sample() => Kind switch { "datetime-local" => "2027-01-01T12:00", "number" => "1", "checkbox" => "true", _ => "x" };
    }

    private readonly Dictionary<string, IReadOnlyList<Field>> cache = [];

    public IReadOnlyList<Field> FieldsOf(string url) => cache.TryGetValue(url, out var fields) ? fields : [];

    public async Task LoadAsync(string url)
    {
        if (cache.ContainsKey(url)) return;
        var html = await fetch(url) ?? "";
        cache[url] = InputPattern().Matches(html)
            .Select(m => new Field(System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value), m.Groups["type"].Success ? m.Groups["type"].Value : "text"))
            .Where(f => f.Name != "__RequestVerificationToken")
            .DistinctBy(f => f.Name).ToList();
    }

    [GeneratedRegex("<(?:input|select|textarea)(?=[^>]*\\bname=\"(?<name>[^\"]+)\")(?:(?=[^>]*\\btype=\"(?<type>[^\"]+)\"))?[^>]*>")]
    private static partial Regex InputPattern();
}
