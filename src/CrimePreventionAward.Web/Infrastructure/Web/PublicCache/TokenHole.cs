using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace CrimePreventionAward.Web.Infrastructure.Web.PublicCache;

/// <summary>
/// The header's language switch posts with an anti-forgery token, which belongs to one visitor and so must never be
/// in a cached page. On a cacheable page the layout writes <see cref="Marker"/> in its place, and every answer, from
/// the cache or not, gets the visitor's own token here, outside the cache.
/// </summary>
public sealed class TokenHole
{
    public const string Marker = "award-token-hole-7f3c";
    private static readonly byte[] MarkerBytes = Encoding.ASCII.GetBytes(Marker);

    public static IApplicationBuilder UseTokenHole(IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is not { PolicyName: PublicPagePolicy.Name }
            || !PublicPagePolicy.IsAnonymousRead(http))
        {
            await next(http);
            return;
        }
        http.Features.Set(new TokenHole());
        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try { await next(http); }
        finally { http.Response.Body = body; }
        var page = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var at = page.Span.IndexOf(MarkerBytes);
        if (at < 0)
        {
            await body.WriteAsync(page, http.RequestAborted);
            return;
        }
        var token = Encoding.ASCII.GetBytes(http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!);
        http.Response.ContentLength = page.Length - MarkerBytes.Length + token.Length;
        await body.WriteAsync(page[..at], http.RequestAborted);
        await body.WriteAsync(token, http.RequestAborted);
        await body.WriteAsync(page[(at + MarkerBytes.Length)..], http.RequestAborted);
    });
}

/// <summary>A real token rendered inside a cacheable request (a form on the page itself) keeps that answer out of the cache.</summary>
public sealed class CacheAwareAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => Uncached(httpContext, inner.GetAndStoreTokens(httpContext));

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => Uncached(httpContext, inner.GetTokens(httpContext));

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static AntiforgeryTokenSet Uncached(HttpContext http, AntiforgeryTokenSet tokens)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
        return tokens;
    }
}
