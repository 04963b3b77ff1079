using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>
/// Spends a password link: sets the new password and renews the security stamp, so every open session of the
/// account (a stolen cookie too) ends. The account's other unused links die with it. A refusal is an answer.
/// </summary>
public static class ResetPassword
{
    [Public]
    [KeepsPublicPages]
    public sealed record Command([property: Sensitive] string Token, [property: Sensitive] string NewPassword) : ICommand<Result>;

    public sealed record Result(string? Refusal)
    {
        public bool Succeeded => Refusal is null;
    }

    public const string Invalid = "Linket er ikke gyldigt. Bed om et nyt på login-siden.";
    public const string Used = "Linket er allerede brugt. Det kan kun bruges én gang. Bed om et nyt på login-siden.";
    public const string Expired = "Linket er udløbet. Bed om et nyt på login-siden.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.NewPassword).NewPassword();
    }

    private const string Find = """
        SELECT l.Id, l.ExpiresAt, l.UsedAt, u.Id AS UserId, u.Email, u.Role
        FROM PasswordLinks l JOIN Users u ON u.Id = l.UserId WHERE l.TokenHash = @TokenHash AND u.RemovedAt IS NULL
        """;

    private const string MarkUsed = "UPDATE PasswordLinks SET UsedAt = @Now WHERE Id = @Id AND UsedAt IS NULL";

    private const string EndOtherLinks = "UPDATE PasswordLinks SET UsedAt = @Now WHERE UserId = @UserId AND UsedAt IS NULL";

    private const string SetPassword = "UPDATE Users SET PasswordHash = @PasswordHash WHERE Id = @UserId";

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(c.Token) || c.Token.Length > 100) return new Result(Invalid);
            var link = await db.QuerySingleOrDefaultAsync<LinkRow>(Find, new { TokenHash = Jury.SignInLinkTokens.Hash(c.Token) }, ct);
            var now = clock.GetUtcNow();
            if (link is null || link.Role != Roles.Secretariat) return new Result(Invalid);
            if (link.UsedAt is not null) return new Result(Used);
            if (now >= link.ExpiresAt) return new Result(Expired);
            // The conditional update lets only one of two simultaneous uses of a link through.
            if (await db.ExecuteAsync(MarkUsed, new { link.Id, Now = now }, ct) != 1) return new Result(Used);
            await db.ExecuteAsync(EndOtherLinks, new { link.UserId, Now = now }, ct);
            await db.ExecuteAsync(SetPassword, new { link.UserId, PasswordHash = SignIn.Hash(link.Email, c.NewPassword) }, ct);
            await SecurityStamp.RenewAsync(db, link.UserId, ct);
            return new Result(null);
        }
    }

    private sealed class LinkRow
    {
        public long Id { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
        public DateTimeOffset? UsedAt { get; init; }
        public long UserId { get; init; }
        public string Email { get; init; } = "";
        public string Role { get; init; } = "";
    }
}
