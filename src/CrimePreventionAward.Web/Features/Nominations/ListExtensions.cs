using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>The extensions the secretariat has given in an edition, newest first.</summary>
public static class ListExtensions
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<IReadOnlyList<Row>>;

    public sealed class Row
    {
        public long Id { get; init; }
        public long? NominationId { get; init; }
        public string? Reference { get; init; }
        public string? NominatorEmail { get; init; }
        public DateTimeOffset Until { get; init; }
        public string Reason { get; init; } = "";
        public string GrantedBy { get; init; } = "";
        public DateTimeOffset GrantedAt { get; init; }
    }

    private const string Select = """
        SELECT x.Id, x.NominationId, n.Reference, x.NominatorEmail, x.Until, x.Reason, x.GrantedBy, x.GrantedAt
        FROM NominationExtensions x LEFT JOIN Nominations n ON n.Id = x.NominationId
        WHERE x.Year = @Year
        ORDER BY x.GrantedAt DESC, x.Id DESC
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public Task<IReadOnlyList<Row>> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Year, ct);
    }

    internal static async Task<IReadOnlyList<Row>> LoadAsync(Db db, int year, CancellationToken ct) =>
        (await db.QueryAsync<Row>(Select, new { Year = year }, ct)).ToList();
}
