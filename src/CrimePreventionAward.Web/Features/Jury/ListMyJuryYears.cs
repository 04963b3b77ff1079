using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>The editions whose jury the signed-in person sits on, newest first.</summary>
public static class ListMyJuryYears
{
    [Authorise(Roles.Juror)]
    public sealed record Query : IQuery<IReadOnlyList<int>>;

    private const string Sql = $"""
        SELECT j.Year FROM Jurors j JOIN Editions e ON e.Year = j.Year WHERE j.UserId = @UserId AND {JuryAccess.Active} ORDER BY j.Year DESC
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<int>>
    {
        public async Task<IReadOnlyList<int>> Handle(Query q, CancellationToken ct) =>
            (await db.QueryAsync<int>(Sql, new { user.UserId, Now = clock.GetUtcNow() }, ct)).ToList();
    }
}
