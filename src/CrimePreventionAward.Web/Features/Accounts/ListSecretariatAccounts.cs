using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Accounts;

/// <summary>The secretariat's accounts and who did what: last sign-in and each one's newest audit entries.</summary>
public static class ListSecretariatAccounts
{
    public const int RecentEntries = 5;

    [Authorise(Roles.Secretariat)]
    public sealed record Query : IQuery<IReadOnlyList<Account>>;

    /// <summary>PasswordPending: invited, and no password chosen yet.</summary>
    public sealed record Account(long Id, string Name, string Email, DateTimeOffset? LastSignInAt, bool PasswordPending, IReadOnlyList<Entry> Recent);

    public sealed record Entry(DateTimeOffset At, string Action);

    private const string Accounts = """
        SELECT Id, Name, Email, LastSignInAt, PasswordHash FROM Users WHERE Role = @Role AND RemovedAt IS NULL ORDER BY Name, Id
        """;

    private const string Recent = "SELECT At, Action FROM AuditLog WHERE UserId = @UserId ORDER BY Id DESC";

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Account>>
    {
        public async Task<IReadOnlyList<Account>> Handle(Query q, CancellationToken ct)
        {
            var accounts = new List<Account>();
            foreach (var a in await db.QueryAsync<AccountRow>(Accounts, new { Role = Roles.Secretariat }, ct))
            {
                var recent = await db.QueryAsync<EntryRow>($"{Recent} {db.Dialect.PageClause}", new { UserId = a.Id, Skip = 0, Take = RecentEntries }, ct);
                accounts.Add(new Account(a.Id, a.Name, a.Email, a.LastSignInAt, a.PasswordHash is null,
                    recent.Select(e => new Entry(e.At, e.Action)).ToList()));
            }
            return accounts;
        }
    }

    private sealed class AccountRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public DateTimeOffset? LastSignInAt { get; init; }
        public string? PasswordHash { get; init; }
    }

    private sealed class EntryRow
    {
        public DateTimeOffset At { get; init; }
        public string Action { get; init; } = "";
    }
}
