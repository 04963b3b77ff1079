using System.Globalization;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace CrimePreventionAward.Web.Infrastructure.Web.PublicCache;

/// <summary>
/// Anonymous GETs of a public page are answered from the output cache, keyed on the page's address with its query,
/// the visitor's language and the <see cref="PublicSchedule"/> generation; an entry lives at most until the next
/// public instant (and never longer than <c>PublicCache:Seconds</c>, which bounds what another instance's change
/// leaves stale). A signed-in caller neither reads nor fills the cache.
/// </summary>
public sealed class PublicPagePolicy(PublicSchedule schedule, TimeSpan longest) : IOutputCachePolicy
{
    public const string Name = "PublicPage";
    private static readonly object WindowKey = new();

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // The language comes from a cookie: a shared cache in front of the app must not mix the languages either.
        http.Response.Headers.Vary = "Cookie";
        context.EnableOutputCaching = false;
        if (!IsAnonymousRead(http) || longest <= TimeSpan.Zero) return;
        var window = await schedule.CurrentAsync(http.RequestServices.GetRequiredService<Db>(), cancellation);
        if (!schedule.StillCurrent(window)) return;
        http.Items[WindowKey] = window;
        context.EnableOutputCaching = context.AllowCacheLookup = context.AllowCacheStorage = context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["language"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["generation"] = window.Generation.ToString(CultureInfo.InvariantCulture);
        var left = window.Until - schedule.Now;
        context.ResponseExpirationTimeSpan = left < longest ? left : longest;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // Rendered across an instant or a command: it may hold what the next generation must not (or must) show.
        var current = http.Items[WindowKey] is PublicSchedule.Window window && schedule.StillCurrent(window);
        if (!current || http.Response.Headers.SetCookie.Count > 0 || http.Response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status404NotFound))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    public static bool IsAnonymousRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.Request.Headers.Authorization.Count == 0
        && http.User.Identity?.IsAuthenticated != true;
}
