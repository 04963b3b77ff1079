using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>The secretariat sends a failed message again (e.g. after fixing the address's mail server).</summary>
public static class RetryMail
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(long Id) : ICommand<Unit>;

    private const string Sql = """
        UPDATE MailOutbox SET Status = 'Pending', Attempts = 0, NextAttemptAt = @Now WHERE Id = @Id AND Status = 'Failed'
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            if (await db.ExecuteAsync(Sql, new { c.Id, Now = clock.GetUtcNow() }, ct) != 1)
                throw new ConflictException("Kun en mail, der ikke kunne sendes, kan sendes igen.");
            return Unit.Value;
        }
    }
}
