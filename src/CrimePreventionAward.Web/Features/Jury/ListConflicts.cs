using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

public static class ListConflicts
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<IReadOnlyList<ConflictView>>;

    public const string Select = """
        SELECT c.Id, c.JurorId, j.Name AS JurorName, c.NominationId, n.Reference AS NominationReference,
               n.Title AS NominationTitle, c.Organisation, c.Reason, c.DeclaredBy, c.DeclaredAt
        FROM Conflicts c JOIN Jurors j ON j.Id = c.JurorId LEFT JOIN Nominations n ON n.Id = c.NominationId
        WHERE c.Year = @Year AND (@JurorId IS NULL OR c.JurorId = @JurorId)
        ORDER BY j.Name, c.DeclaredAt
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<ConflictView>>
    {
        public Task<IReadOnlyList<ConflictView>> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Year, ct);
    }

    internal static async Task<IReadOnlyList<ConflictView>> LoadAsync(Db db, int year, CancellationToken ct)
    {
        await JuryAccess.EditionAsync(db, year, ct);
        return (await db.QueryAsync<ConflictView>(Select, new { Year = year, JurorId = (long?)null }, ct)).ToList();
    }
}
