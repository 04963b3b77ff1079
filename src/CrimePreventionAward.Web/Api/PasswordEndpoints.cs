using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class PasswordEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var password = api.MapGroup("/auth/password").WithTags("Sign-in").RequireRateLimiting(RateLimits.SignIn)
            .Refuses(StatusCodes.Status429TooManyRequests);
        password.MapPost("/reset", async Task<Accepted> (RequestPasswordReset.Command command, IMediator m, CancellationToken ct) =>
            {
                await m.Send(command, ct);
                return TypedResults.Accepted((string?)null);
            })
            .Refuses(400, 415)
            .WithName("RequestPasswordReset");
        password.MapPost("/reset/{token}", async Task<Results<NoContent, ProblemHttpResult>> (string token, PasswordBody body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new ResetPassword.Command(token, body.NewPassword ?? ""), ct);
                return result.Succeeded ? TypedResults.NoContent()
                    : TypedResults.Problem(title: result.Refusal, statusCode: StatusCodes.Status401Unauthorized);
            })
            .Refuses(400, 401, 415)
            .WithName("ResetPassword");
        password.MapPost("/", async Task<Results<NoContent, ProblemHttpResult>> (ChangePassword.Command command, IMediator m, HttpContext http) =>
            {
                var result = await m.Send(command with { ClientAddress = ClientAddress.Of(http) }, http.RequestAborted);
                if (!result.Succeeded)
                    return TypedResults.Problem(title: ChangePassword.WrongPassword, statusCode: StatusCodes.Status400BadRequest);
                // The command ended every session of the account; this one goes on with the new stamp.
                await AuthCookies.SignInAsync(http, result.User!);
                return TypedResults.NoContent();
            })
            .Refuses<ChangePassword.Command>(400, 415)
            .WithName("ChangePassword");
    }

    public sealed record PasswordBody(string? NewPassword);
}
