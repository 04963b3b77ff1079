using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

/// <summary>The recount of a decided edition (secretariat). Names the winner: never cached.</summary>
public sealed class RecordEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/editions/{year:int}/recount", (int year, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return m.Send(new RecountDecision.Query(year), ct);
            })
            .Refuses<RecountDecision.Query>(404)
            .WithTags("Results").WithName("RecountDecision");
}
