using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Redeems a one-time sign-in link. A refusal is an answer (with a Danish reason), not a failure.</summary>
public static class SignInWithLink
{
    [Public]
    [KeepsPublicPages]
    public sealed record Command([property: Sensitive] string Token) : ICommand<Result>;

    public sealed record Result(SignedInUser? User, string? Refusal)
    {
        public bool Succeeded => User is not null;
    }

    public const string Invalid = "Linket er ikke gyldigt. Bed om et nyt login-link.";
    public const string Used = "Linket er allerede brugt. Et login-link kan kun bruges én gang. Bed om et nyt.";
    public const string Expired = "Linket er udløbet. Et login-link gælder i 72 timer. Bed om et nyt.";

    private const string Find = """
        SELECT l.Id, l.ExpiresAt, l.UsedAt, u.Id AS UserId, u.Email, u.Name, u.Role, u.SecurityStamp
        FROM SignInLinks l JOIN Users u ON u.Id = l.UserId WHERE l.TokenHash = @TokenHash
        """;

    private const string MarkUsed = "UPDATE SignInLinks SET UsedAt = @Now WHERE Id = @Id AND UsedAt IS NULL";

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(c.Token) || c.Token.Length > 100) return new Result(null, Invalid);
            var link = await db.QuerySingleOrDefaultAsync<LinkRow>(Find, new { TokenHash = SignInLinkTokens.Hash(c.Token) }, ct);
            var now = clock.GetUtcNow();
            if (link is null) return new Result(null, Invalid);
            if (link.UsedAt is not null) return new Result(null, Used);
            if (now >= link.ExpiresAt) return new Result(null, Expired);
            // The conditional update makes two simultaneous uses of one link sign in only one of them.
            if (await db.ExecuteAsync(MarkUsed, new { link.Id, Now = now }, ct) != 1) return new Result(null, Used);
            return new Result(new SignedInUser(link.UserId, link.Email, link.Name, link.Role, link.SecurityStamp), null);
        }
    }

    private sealed class LinkRow
    {
        public long Id { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
        public DateTimeOffset? UsedAt { get; init; }
        public long UserId { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? SecurityStamp { get; init; }
    }
}
