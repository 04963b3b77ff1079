namespace CrimePreventionAward.Web.Infrastructure.Web;

public static class EndpointDiscovery
{
    public static void MapAllEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        foreach (var type in typeof(IEndpoints).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpoints).IsAssignableFrom(t))
                     .OrderBy(t => t.Name))
            ((IEndpoints)Activator.CreateInstance(type)!).Map(api);
    }
}
