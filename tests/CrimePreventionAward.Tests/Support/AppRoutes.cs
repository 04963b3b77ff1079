using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>A route the app maps: "GET /api/editions/{year:int}" (pages as GET), as the routing table holds it.</summary>
public sealed record MappedRoute(string Method, string Pattern)
{
    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>The pattern with each parameter replaced by its value (a missing optional or catch-all one left out).</summary>
    public string Url(IReadOnlyDictionary<string, string> values) =>
        Regex.Replace(Pattern, @"\{\**([A-Za-z]+)[^}]*\}", m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : "")
            .Replace("//", "/");
}

/// <summary>Every route the app maps, read from its endpoint data source, so a new route cannot be forgotten by a test.</summary>
public static partial class AppRoutes
{
    public static IReadOnlyList<MappedRoute> All(AwardFactory app)
    {
        _ = app.Server; // starts the host, so every endpoint is built
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
                .Select(method => new MappedRoute(method, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))))
            .Distinct().OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ToList();
    }
}
