using CrimePreventionAward.Web.Features.Accounts;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class AccountEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/secretariat/accounts").WithTags("Secretariat accounts");
        accounts.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListSecretariatAccounts.Query(), ct))
            .Refuses<ListSecretariatAccounts.Query>()
            .WithName("ListSecretariatAccounts");
        accounts.MapPost("/", async Task<Created<AddSecretariatAccount.Result>> (AddSecretariatAccount.Command command, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(command, ct);
                return TypedResults.Created($"/api/secretariat/accounts/{result.Id}", result);
            })
            .Refuses<AddSecretariatAccount.Command>(400, 409, 415)
            .WithName("AddSecretariatAccount");
        accounts.MapDelete("/{id:long}", async Task<NoContent> (long id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveSecretariatAccount.Command(id), ct);
                return TypedResults.NoContent();
            })
            .Refuses<RemoveSecretariatAccount.Command>(404, 409)
            .WithName("RemoveSecretariatAccount");
    }
}
