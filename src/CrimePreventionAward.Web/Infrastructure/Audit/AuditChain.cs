using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Infrastructure.Audit;

/// <summary>
/// The audit log as a hash chain. Each row's hash covers the previous row's hash and the row's fixed facts; the
/// payload (who by name, and the data) enters only through its digest, so erasure can replace the payload and the
/// chain still verifies.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    public const string ErasedName = "[slettet]";
    public const string ErasedData = """{"erased":true}""";

    private const string Head = "SELECT Id, Hash FROM AuditLog WHERE Hash IS NOT NULL ORDER BY Id DESC ";

    private const string Insert = """
        INSERT INTO AuditLog (At, UserId, UserName, Action, Data, PrevId, PayloadDigest, Hash)
        VALUES (@At, @UserId, @UserName, @Action, @Data, @PrevId, @PayloadDigest, @Hash)
        """;

    public static string PayloadDigest(string userName, string data) => Sha256($"{userName}\n{data}");

    public static string Link(string previousHash, DateTimeOffset at, long? userId, string action, string payloadDigest) =>
        Sha256(string.Join('\n', previousHash, at.UtcTicks.ToString(CultureInfo.InvariantCulture),
            userId?.ToString(CultureInfo.InvariantCulture) ?? "", action, payloadDigest));

    /// <summary>The chain's last link, or null when nothing has been chained yet.</summary>
    public static async Task<(long Id, string Hash)?> HeadAsync(Db db, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<HeadRow>(Head + db.Dialect.PageClause, new { Take = 1, Skip = 0 }, ct);
        return row is null ? null : (row.Id, row.Hash);
    }

    /// <summary>
    /// Appends one row in the caller's transaction. The unique PrevId makes a second writer that read the same head
    /// fail instead of forking the chain (on SQLite the write gate already serialises writers).
    /// </summary>
    public static async Task AppendAsync(Db db, DateTimeOffset at, long? userId, string userName, string action, string data, CancellationToken ct)
    {
        var head = await HeadAsync(db, ct);
        var digest = PayloadDigest(userName, data);
        await db.ExecuteAsync(Insert, new
        {
            At = at, UserId = userId, UserName = userName, Action = action, Data = data,
            PrevId = head?.Id, PayloadDigest = digest, Hash = Link(head?.Hash ?? Genesis, at, userId, action, digest),
        }, ct);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class HeadRow
    {
        public long Id { get; init; }
        public string Hash { get; init; } = "";
    }
}
