using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

public sealed class JurySignInEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in").RequireRateLimiting(RateLimits.SignIn);
        auth.MapPost("/link", async (RequestSignInLink.Command command, IMediator m, CancellationToken ct) =>
            {
                await m.Send(command, ct);
                return Results.Accepted();
            })
            .WithName("RequestSignInLink");
        auth.MapPost("/link/{token}", async (string token, IMediator m, HttpContext http) =>
            {
                var result = await m.Send(new SignInWithLink.Command(token), http.RequestAborted);
                if (!result.Succeeded) return Results.Problem(title: result.Refusal, statusCode: StatusCodes.Status401Unauthorized);
                await AuthCookies.SignInAsync(http, result.User!);
                return Results.NoContent();
            })
            .WithName("SignInWithLink");
    }
}
