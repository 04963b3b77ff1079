using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// The deadline job. Only the nomination deadline moves a phase by itself (NominationOpen → Screening): the later
/// deadlines close scoring and voting by time (their use cases refuse after the deadline), while the moves after
/// them (shortlist, decision) are the secretariat's judgement. Each move goes through <see cref="ChangePhase"/>,
/// so it is recorded in PhaseChanges and the audit log as made by the system.
/// </summary>
public static class AdvancePhasesAtDeadlines
{
    public const string Reason = "Frist udløbet";

    [Authorise(Roles.System)]
    public sealed record Command : IRequest<Result>;

    public sealed record Result(IReadOnlyList<int> Closed);

    private const string Due = """
        SELECT Year FROM Editions WHERE Phase = 'NominationOpen' AND NominationDeadline <= @Now ORDER BY Year
        """;

    public sealed class Handler(Db db, IMediator mediator, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var years = (await db.QueryAsync<int>(Due, new { Now = clock.GetUtcNow() }, ct)).ToList();
            foreach (var year in years)
                await mediator.Send(new ChangePhase.Command(year, Phase.Screening, Reason), ct);
            return new Result(years);
        }
    }
}
