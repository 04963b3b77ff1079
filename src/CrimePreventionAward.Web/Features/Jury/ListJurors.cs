using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

public static class ListJurors
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<IReadOnlyList<JurorView>>;

    /// <summary>InvitationPending: carried over from last year's jury and not yet invited; such a juror cannot sign in.</summary>
    public sealed record JurorView(long Id, string Name, string Email, string Organisation, bool IsChair, bool InvitationPending);

    private const string Jurors = """
        SELECT Id, Name, Email, Organisation, IsChair, InvitationPending FROM Jurors
        WHERE Year = @Year AND RemovedAt IS NULL ORDER BY InvitationPending, Name, Id
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<JurorView>>
    {
        public async Task<IReadOnlyList<JurorView>> Handle(Query q, CancellationToken ct)
        {
            await JuryAccess.EditionAsync(db, q.Year, ct);
            return (await db.QueryAsync<JurorRow>(Jurors, new { q.Year }, ct))
                .Select(j => new JurorView(j.Id, j.Name, j.Email, j.Organisation, j.IsChair, j.InvitationPending)).ToList();
        }
    }

    private sealed class JurorRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public string Organisation { get; init; } = "";
        public bool IsChair { get; init; }
        public bool InvitationPending { get; init; }
    }
}
