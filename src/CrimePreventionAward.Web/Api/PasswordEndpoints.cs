using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

public sealed class PasswordEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var password = api.MapGroup("/auth/password").WithTags("Sign-in").RequireRateLimiting(RateLimits.SignIn);
        password.MapPost("/reset", async (RequestPasswordReset.Command command, IMediator m, CancellationToken ct) =>
            {
                await m.Send(command, ct);
                return Results.Accepted();
            })
            .WithName("RequestPasswordReset");
        password.MapPost("/reset/{token}", async (string token, PasswordBody body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new ResetPassword.Command(token, body.NewPassword ?? ""), ct);
                return result.Succeeded ? Results.NoContent()
                    : Results.Problem(title: result.Refusal, statusCode: StatusCodes.Status401Unauthorized);
            })
            .WithName("ResetPassword");
        password.MapPost("/", async (ChangePassword.Command command, IMediator m, HttpContext http) =>
            {
                var result = await m.Send(command with { ClientAddress = ClientAddress.Of(http) }, http.RequestAborted);
                if (!result.Succeeded)
                    return Results.Problem(title: ChangePassword.WrongPassword, statusCode: StatusCodes.Status400BadRequest);
                // The command ended every session of the account; this one goes on with the new stamp.
                await AuthCookies.SignInAsync(http, result.User!);
                return Results.NoContent();
            })
            .WithName("ChangePassword");
    }

    public sealed record PasswordBody(string? NewPassword);
}
