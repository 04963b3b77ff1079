using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

public sealed class EditionEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var editions = api.MapGroup("/editions").WithTags("Editions");
        editions.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListEditions.Query(), ct))
            .WithName("ListEditions");
        editions.MapGet("/{year:int}", (int year, IMediator m, CancellationToken ct) => m.Send(new GetEdition.Query(year), ct))
            .WithName("GetEdition");
        editions.MapPost("/", async (CreateEdition.Command command, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(command, ct);
                return Results.Created($"/api/editions/{result.Year}", result);
            })
            .WithName("CreateEdition");
        editions.MapPost("/{year:int}/next-year", async (int year, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new CreateNextEdition.Command(year), ct);
                return Results.Created($"/api/editions/{result.Year}", result);
            })
            .WithName("CreateNextEdition");
        editions.MapPost("/{year:int}/phase", (int year, PhaseChange body, IMediator m, CancellationToken ct) =>
                m.Send(new ChangePhase.Command(year, body.Phase, body.Reason), ct))
            .WithName("ChangePhase");
    }

    public sealed record PhaseChange(Phase Phase, string? Reason);
}
