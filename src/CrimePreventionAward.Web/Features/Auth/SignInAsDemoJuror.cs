using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Demo;
using MediatR;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>
/// Development only: signs the demo edition's chair in with one click from the login page, so a newcomer sees the
/// jury's view without fetching a link from the mail folder. Anywhere else it answers as if it did not exist.
/// </summary>
public static class SignInAsDemoJuror
{
    [Public]
    [KeepsPublicPages]
    public sealed record Command : ICommand<SignedInUser>;

    private const string Find = "SELECT Id, Email, Name, Role, SecurityStamp FROM Users WHERE Email = @Email AND Role = 'Juror'";

    public sealed class Handler(Db db, IHostEnvironment environment) : IRequestHandler<Command, SignedInUser>
    {
        public async Task<SignedInUser> Handle(Command c, CancellationToken ct)
        {
            if (!environment.IsDevelopment()) throw new NotFoundException();
            return await db.QuerySingleOrDefaultAsync<SignedInUser>(Find, new { Email = DemoEdition.JurorEmail }, ct)
                ?? throw new NotFoundException("Demodata er ikke indlæst. Start med scripts/run.sh.");
        }
    }
}
