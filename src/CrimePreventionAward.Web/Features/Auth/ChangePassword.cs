using System.Text.Json.Serialization;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>
/// A signed-in secretariat user changes their password, proving it with the current one (throttled like a sign-in,
/// so a left-open session is no way to guess it). Every other session of the account ends.
/// </summary>
public static class ChangePassword
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command([property: Sensitive] string CurrentPassword, [property: Sensitive] string NewPassword) : ICommand<Result>
    {
        /// <summary>Set by the endpoint from the connection, never from the request body.</summary>
        [JsonIgnore, Sensitive]
        public string? ClientAddress { get; init; }
    }

    /// <summary>A wrong current password is an answer, not a failure: the failed attempt must be kept for the throttle.</summary>
    public sealed record Result(SignedInUser? User)
    {
        public bool Succeeded => User is not null;
    }

    public const string WrongPassword = "Den nuværende adgangskode er forkert.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Skriv din nuværende adgangskode.")
                .MaximumLength(SignIn.MaxPasswordLength).WithMessage("Adgangskoden er for lang.");
            RuleFor(c => c.NewPassword).NewPassword();
        }
    }

    private const string Account = "SELECT Id, Email, Name, Role FROM Users WHERE Id = @Id";

    private const string SetPassword = "UPDATE Users SET PasswordHash = @PasswordHash WHERE Id = @Id";

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var account = await db.QuerySingleOrDefaultAsync<AccountRow>(Account, new { Id = user.UserId!.Value }, ct)
                ?? throw new ForbiddenException("Kontoen findes ikke længere.");
            var check = await new SignIn.Handler(db, clock).Handle(new SignIn.Command(account.Email, c.CurrentPassword) { ClientAddress = c.ClientAddress }, ct);
            if (!check.Succeeded || check.User!.Id != account.Id) return new Result(null);
            await db.ExecuteAsync(SetPassword, new { account.Id, PasswordHash = SignIn.Hash(account.Email, c.NewPassword) }, ct);
            var stamp = await SecurityStamp.RenewAsync(db, account.Id, ct);
            return new Result(new SignedInUser(account.Id, account.Email, account.Name, account.Role, stamp));
        }
    }

    private sealed class AccountRow
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
    }
}
