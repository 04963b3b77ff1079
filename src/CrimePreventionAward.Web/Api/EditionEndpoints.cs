using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class EditionEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var editions = api.MapGroup("/editions").WithTags("Editions");
        editions.MapGet("/", (Phase? phase, IMediator m, CancellationToken ct) => m.Send(new ListEditions.Query(phase), ct))
            .Refuses<ListEditions.Query>(400)
            .WithName("ListEditions");
        editions.MapGet("/{year:int}", (int year, IMediator m, CancellationToken ct) => m.Send(new GetEdition.Query(year), ct))
            .Refuses<GetEdition.Query>(404)
            .WithName("GetEdition");
        editions.MapPost("/", async Task<Created<CreateEdition.Result>> (CreateEdition.Command command, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(command, ct);
                return TypedResults.Created($"/api/editions/{result.Year}", result);
            })
            .Refuses<CreateEdition.Command>(400, 409, 415)
            .WithName("CreateEdition");
        editions.MapPost("/{year:int}/next-year", async Task<Created<CreateEdition.Result>> (int year, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new CreateNextEdition.Command(year), ct);
                return TypedResults.Created($"/api/editions/{result.Year}", result);
            })
            .Refuses<CreateNextEdition.Command>(404, 409)
            .WithName("CreateNextEdition");
        editions.MapPost("/{year:int}/phase", (int year, PhaseChange body, IMediator m, CancellationToken ct) =>
                m.Send(new ChangePhase.Command(year, body.Phase, body.Reason), ct))
            .Refuses<ChangePhase.Command>(400, 404, 409, 415)
            .WithName("ChangePhase");
    }

    public sealed record PhaseChange(Phase Phase, string? Reason);
}
