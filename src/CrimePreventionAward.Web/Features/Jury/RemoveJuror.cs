using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// The secretariat takes a juror off an edition's jury. The row stays (the scores already given are part of the
/// record); the juror's access ends at once: their sessions are ended and they get no new sign-in link.
/// </summary>
public static class RemoveJuror
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, long JurorId) : ICommand<Result>;

    public sealed record Result(string Name);

    private const string Find = "SELECT UserId, Name FROM Jurors WHERE Id = @JurorId AND Year = @Year AND RemovedAt IS NULL";

    private const string Remove = "UPDATE Jurors SET RemovedAt = @Now WHERE Id = @JurorId AND RemovedAt IS NULL";

    public sealed class Handler(Db db, TimeProvider clock) : MediatR.IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var juror = await db.QuerySingleOrDefaultAsync<JurorRow>(Find, new { c.JurorId, c.Year }, ct)
                ?? throw new NotFoundException($"Jurymedlemmet findes ikke i juryen for {c.Year}.");
            await db.ExecuteAsync(Remove, new { c.JurorId, Now = clock.GetUtcNow() }, ct);
            await SecurityStamp.RenewAsync(db, juror.UserId, ct);
            return new Result(juror.Name);
        }
    }

    private sealed class JurorRow
    {
        public long UserId { get; init; }
        public string Name { get; init; } = "";
    }
}
