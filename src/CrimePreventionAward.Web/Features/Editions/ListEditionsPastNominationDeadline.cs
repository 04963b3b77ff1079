using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// The deadline job's question: which editions are open for nominations past their deadline. Only the nomination
/// deadline moves a phase by itself (NominationOpen → Screening): the later deadlines close scoring and voting by
/// time (their use cases refuse after the deadline), while the moves after them (shortlist, decision) are the
/// secretariat's judgement. The job moves each through <see cref="ChangePhase"/> with <see cref="Reason"/>, so it
/// is recorded in PhaseChanges and the audit log as made by the system.
/// </summary>
public static class ListEditionsPastNominationDeadline
{
    public const string Reason = "Frist udløbet";

    [Authorise(Roles.System)]
    public sealed record Query : IQuery<IReadOnlyList<int>>;

    private const string Due = """
        SELECT Year FROM Editions WHERE Phase = 'NominationOpen' AND NominationDeadline <= @Now ORDER BY Year
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<int>>
    {
        public async Task<IReadOnlyList<int>> Handle(Query q, CancellationToken ct) =>
            (await db.QueryAsync<int>(Due, new { Now = clock.GetUtcNow() }, ct)).ToList();
    }
}
