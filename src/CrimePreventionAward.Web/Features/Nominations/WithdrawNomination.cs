using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>The nominator takes the nomination back until the deadline. It is kept (for the audit) but no longer counts.</summary>
public static class WithdrawNomination
{
    [Public]
    public sealed record Command(long Id, [property: Sensitive] string? Token) : ICommand<Result>;

    public sealed record Result(long Id, string Status);

    private const string Withdraw = """
        UPDATE Nominations SET Status = 'Withdrawn', WithdrawnAt = @Now, UpdatedAt = @Now, Version = Version + 1
        WHERE Id = @Id AND Status <> 'Withdrawn'
        """;

    public sealed class Rule(Db db, TimeProvider clock) : IAuthorisationRule<Command>
    {
        public Task CheckAsync(Command c, CancellationToken ct) =>
            NominationAccess.RequireNominatorAsync(db, clock, c.Id, c.Token, ct);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var key = await NominationAccess.LoadAsync(db, c.Id, null, ct);
            await NominationAccess.EnsureEditableAsync(db, key, clock, ct);
            await db.ExecuteAsync(Withdraw, new { key.Id, Now = clock.GetUtcNow() }, ct);
            return new Result(key.Id, NominationStatus.Withdrawn);
        }
    }
}
