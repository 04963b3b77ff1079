using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// X-Forwarded-For/-Proto are believed only from the proxies listed in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses or CIDR networks); with none listed they are ignored, so a client cannot choose its own address.
/// </summary>
public static class ProxyHeaders
{
    public static void AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        // A JSON array in appsettings, or one comma-separated value from an environment variable or argument.
        var section = configuration.GetSection("ForwardedHeaders:KnownProxies");
        var proxies = section.GetChildren().Select(c => c.Value ?? "")
            .Concat((section.Value ?? "").Split(','))
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
    }
}
