using CrimePreventionAward.Web.Features.Privacy;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

/// <summary>A person's data: export and erasure (secretariat). Personal data is never cached.</summary>
public sealed class PrivacyEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/persons").WithTags("Privacy")
            .AddEndpointFilter(async (ctx, next) =>
            {
                ctx.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(ctx);
            });
        g.MapGet("/export", (string? email, IMediator m, CancellationToken ct) => m.Send(new ExportPerson.Query(email ?? ""), ct))
            .Refuses<ExportPerson.Query>(400)
            .WithName("ExportPerson");
        g.MapPost("/erase", (EraseBody body, IMediator m, CancellationToken ct) => m.Send(new ErasePerson.Command(body.Email ?? ""), ct))
            .Refuses<ErasePerson.Command>(400, 415)
            .WithName("ErasePerson");
    }

    public sealed record EraseBody(string? Email);
}
