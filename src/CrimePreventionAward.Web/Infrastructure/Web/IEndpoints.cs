namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>An area's API routes (Api/&lt;Area&gt;Endpoints.cs); every implementation is mapped at start-up.</summary>
public interface IEndpoints
{
    void Map(IEndpointRouteBuilder api);
}
