using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class AuthEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in").RequireRateLimiting(RateLimits.SignIn)
            .Refuses(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/login", async Task<Results<NoContent, ProblemHttpResult>> (SignIn.Command command, IMediator m, HttpContext http) =>
            {
                var result = await m.Send(command with { ClientAddress = ClientAddress.Of(http) }, http.RequestAborted);
                if (!result.Succeeded)
                    return TypedResults.Problem(title: "Forkert e-mail eller adgangskode.", statusCode: StatusCodes.Status401Unauthorized);
                await AuthCookies.SignInAsync(http, result.User!);
                return TypedResults.NoContent();
            })
            .Refuses(400, 401, 415)
            .WithName("SignIn");
        auth.MapPost("/logout", async Task<NoContent> (IMediator m, HttpContext http) =>
            {
                if (http.User.Identity?.IsAuthenticated == true) await m.Send(new SignOut.Command(), http.RequestAborted);
                await http.SignOutAsync();
                return TypedResults.NoContent();
            })
            .Refuses(StatusCodes.Status403Forbidden)
            .WithName("SignOut");
    }
}
