using Microsoft.AspNetCore.Antiforgery;

namespace CrimePreventionAward.Web.Infrastructure.Web.PublicCache;

/// <summary>The output cache of the public pages (<see cref="PublicPagePolicy"/>); pages opt in with <c>[OutputCache(PolicyName = PublicPagePolicy.Name)]</c>.</summary>
public static class PublicPageCache
{
    public static void AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PublicSchedule>();
        var longest = TimeSpan.FromSeconds(configuration.GetValue("PublicCache:Seconds", 30));
        services.AddOutputCache(o => o.SizeLimit = 64L * 1024 * 1024);
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<PublicSchedule>((o, schedule) => o.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(schedule, longest)));
        services.Decorate<IAntiforgery, CacheAwareAntiforgery>();
    }

    /// <summary>After authentication (a signed-in caller is never served from the cache) and the language.</summary>
    public static void UsePublicPageCache(this IApplicationBuilder app)
    {
        TokenHole.UseTokenHole(app);
        app.UseOutputCache();
    }
}
