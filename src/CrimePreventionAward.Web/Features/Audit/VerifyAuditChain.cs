using CrimePreventionAward.Web.Infrastructure.Audit;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Audit;

/// <summary>Walks the audit log in order and recomputes every link; reports the first row that does not hold.</summary>
public static class VerifyAuditChain
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query : IQuery<Result>;

    public enum Break { None, Unlinked, WrongPrevious, LinkAltered, PayloadAltered, ErasureAltered }

    /// <param name="BeforeChain">rows written before the chain existed (kept without their data, outside the chain)</param>
    public sealed record Result(bool Holds, long Checked, long BeforeChain, long? FirstBrokenId, Break Problem, string? HeadHash);

    private const string Rows = """
        SELECT Id, At, UserId, UserName, Action, Data, PrevId, PayloadDigest, Hash, ErasedAt
        FROM AuditLog ORDER BY Id
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query q, CancellationToken ct) => LoadAsync(db, ct);

        internal static async Task<Result> LoadAsync(Db db, CancellationToken ct)
        {
            long chained = 0, before = 0;
            (long Id, string Hash)? previous = null;
            foreach (var row in await db.QueryAsync<Row>(Rows, null, ct))
            {
                if (row.Hash is null && previous is null)
                {
                    before++;
                    continue;
                }
                var problem = Check(row, previous);
                if (problem != Break.None) return new Result(false, chained, before, row.Id, problem, previous?.Hash);
                chained++;
                previous = (row.Id, row.Hash!);
            }
            return new Result(true, chained, before, null, Break.None, previous?.Hash);
        }

        private static Break Check(Row row, (long Id, string Hash)? previous)
        {
            if (row.Hash is null || row.PayloadDigest is null) return Break.Unlinked;
            if (row.PrevId != previous?.Id) return Break.WrongPrevious;
            if (row.Hash != AuditChain.Link(previous?.Hash ?? AuditChain.Genesis, row.At, row.UserId, row.Action, row.PayloadDigest))
                return Break.LinkAltered;
            if (row.ErasedAt is not null)
                return row.UserName == AuditChain.ErasedName && row.Data == AuditChain.ErasedData ? Break.None : Break.ErasureAltered;
            return row.PayloadDigest == AuditChain.PayloadDigest(row.UserName, row.Data) ? Break.None : Break.PayloadAltered;
        }
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public DateTimeOffset At { get; init; }
        public long? UserId { get; init; }
        public string UserName { get; init; } = "";
        public string Action { get; init; } = "";
        public string Data { get; init; } = "";
        public long? PrevId { get; init; }
        public string? PayloadDigest { get; init; }
        public string? Hash { get; init; }
        public DateTimeOffset? ErasedAt { get; init; }
    }
}
