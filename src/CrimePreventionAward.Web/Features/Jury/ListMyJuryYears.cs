using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>The editions whose jury the signed-in person sits on, newest first.</summary>
public static class ListMyJuryYears
{
    [Authorise(Roles.Juror)]
    public sealed record Query : IQuery<IReadOnlyList<int>>;

    private const string Sql = "SELECT Year FROM Jurors WHERE UserId = @UserId ORDER BY Year DESC";

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<int>>
    {
        public async Task<IReadOnlyList<int>> Handle(Query q, CancellationToken ct) =>
            (await db.QueryAsync<int>(Sql, new { user.UserId }, ct)).ToList();
    }
}
