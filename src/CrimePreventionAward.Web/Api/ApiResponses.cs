using System.Reflection;
using CrimePreventionAward.Web.Features;

namespace CrimePreventionAward.Web.Api;

/// <summary>The refusals an endpoint lists in the OpenAPI document: problem details, with field errors for 400.</summary>
public static class ApiResponses
{
    /// <summary>401 and 403 when the request names the roles that may send it (the authorisation behaviour refuses so), then the given statuses.</summary>
    public static TBuilder Refuses<TRequest, TBuilder>(this TBuilder endpoint, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        endpoint.Refuses([.. RoleRefusals(typeof(TRequest)), .. statuses]);

    public static RouteHandlerBuilder Refuses<TRequest>(this RouteHandlerBuilder endpoint, params int[] statuses) =>
        endpoint.Refuses<TRequest, RouteHandlerBuilder>(statuses);

    public static TBuilder Refuses<TBuilder>(this TBuilder endpoint, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses.Distinct().Order())
            if (status == StatusCodes.Status400BadRequest) endpoint.ProducesValidationProblem();
            else endpoint.ProducesProblem(status);
        return endpoint;
    }

    /// <summary>200 with the first type or the second, by who asks: the document says oneOf (<see cref="EitherResponses"/>).</summary>
    public static RouteHandlerBuilder ProducesEither<T1, T2>(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<T1>().WithMetadata(new EitherResponse(typeof(T1), typeof(T2)));

    private static int[] RoleRefusals(Type request) => request.GetCustomAttribute<AuthoriseAttribute>() is null
        ? [] : [StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden];
}
