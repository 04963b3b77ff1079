using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class JurySignInEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in").RequireRateLimiting(RateLimits.SignIn)
            .Refuses(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/link", async Task<Accepted> (RequestSignInLink.Command command, IMediator m, CancellationToken ct) =>
            {
                await m.Send(command, ct);
                return TypedResults.Accepted((string?)null);
            })
            .Refuses(400, 415)
            .WithName("RequestSignInLink");
        auth.MapPost("/link/{token}", async Task<Results<NoContent, ProblemHttpResult>> (string token, IMediator m, HttpContext http) =>
            {
                var result = await m.Send(new SignInWithLink.Command(token), http.RequestAborted);
                if (!result.Succeeded) return TypedResults.Problem(title: result.Refusal, statusCode: StatusCodes.Status401Unauthorized);
                await AuthCookies.SignInAsync(http, result.User!);
                return TypedResults.NoContent();
            })
            .Refuses(401)
            .WithName("SignInWithLink");
    }
}
