using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

public static class ListEditions
{
    [Public]
    public sealed record Query : IQuery<IReadOnlyList<EditionView>>;

    private const string Sql = $"SELECT {EditionView.Columns} FROM Editions ORDER BY Year DESC";

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<EditionView>>
    {
        public async Task<IReadOnlyList<EditionView>> Handle(Query q, CancellationToken ct) =>
            (await db.QueryAsync<EditionView>(Sql, ct: ct)).ToList();
    }
}
