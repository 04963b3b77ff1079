using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Accounts;

/// <summary>
/// Removes a colleague's account and ends their sessions at once. Nobody removes themselves, and the last account
/// stays, so the secretariat can never lock itself out. The row stays for the audit log's user ids.
/// </summary>
public static class RemoveSecretariatAccount
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(long UserId) : ICommand<Unit>;

    private const string Find = "SELECT COUNT(*) FROM Users WHERE Id = @Id AND Role = @Role AND RemovedAt IS NULL";

    private const string Others = "SELECT COUNT(*) FROM Users WHERE Role = @Role AND RemovedAt IS NULL AND Id <> @Id";

    private const string Remove = """
        UPDATE Users SET RemovedAt = @Now, PasswordHash = NULL WHERE Id = @Id AND RemovedAt IS NULL
        """;

    private const string EndLinks = "UPDATE PasswordLinks SET UsedAt = @Now WHERE UserId = @Id AND UsedAt IS NULL";

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            var args = new { Id = c.UserId, Role = Roles.Secretariat, Now = clock.GetUtcNow() };
            if (await db.ScalarAsync<int>(Find, args, ct) == 0) throw new NotFoundException("Kontoen findes ikke.");
            if (c.UserId == user.UserId) throw new ConflictException("Du kan ikke fjerne din egen konto.");
            if (await db.ScalarAsync<int>(Others, args, ct) == 0) throw new ConflictException("Sekretariatets sidste konto kan ikke fjernes.");
            await db.ExecuteAsync(Remove, args, ct);
            await db.ExecuteAsync(EndLinks, args, ct);
            await SecurityStamp.RenewAsync(db, c.UserId, ct);
            return Unit.Value;
        }
    }
}
