using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

public static class ListEditions
{
    [Public]
    public sealed record Query : IQuery<IReadOnlyList<EditionView>>;

    private const string Sql = $"SELECT {EditionView.Columns} FROM Editions WHERE {CurrentEdition.VisibleSql} ORDER BY Year DESC";

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<EditionView>>
    {
        public async Task<IReadOnlyList<EditionView>> Handle(Query q, CancellationToken ct) =>
            (await db.QueryAsync<EditionView>(Sql, new { SeesDrafts = CurrentEdition.SeesDrafts(user) }, ct)).ToList();
    }
}
