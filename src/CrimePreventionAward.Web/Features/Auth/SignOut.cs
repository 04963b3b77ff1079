using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>Ends every session of the signed-in person, so a copied cookie stops working too.</summary>
public static class SignOut
{
    [Authorise(Roles.Secretariat, Roles.Juror)]
    [KeepsPublicPages]
    public sealed record Command : ICommand<Unit>;

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            await SecurityStamp.RenewAsync(db, user.UserId!.Value, ct);
            return Unit.Value;
        }
    }
}
