using CrimePreventionAward.Web.Features.Accounts;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

public sealed class AccountEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/secretariat/accounts").WithTags("Secretariat accounts");
        accounts.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListSecretariatAccounts.Query(), ct))
            .WithName("ListSecretariatAccounts");
        accounts.MapPost("/", async (AddSecretariatAccount.Command command, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(command, ct);
                return Results.Created($"/api/secretariat/accounts/{result.Id}", result);
            })
            .WithName("AddSecretariatAccount");
        accounts.MapDelete("/{id:long}", async (long id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveSecretariatAccount.Command(id), ct);
                return Results.NoContent();
            })
            .WithName("RemoveSecretariatAccount");
    }
}
