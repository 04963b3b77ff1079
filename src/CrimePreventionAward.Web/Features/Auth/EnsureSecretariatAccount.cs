using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>Creates a secretariat account unless one with that email exists (the first one comes from configuration).</summary>
public static class EnsureSecretariatAccount
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(string Email, string Name, [property: Sensitive] string Password) : ICommand<Result>;

    public sealed record Result(long UserId, bool Created);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().WithMessage("Skriv en gyldig e-mailadresse.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Skriv et navn.");
            RuleFor(c => c.Password).NewPassword();
        }
    }

    private const string Find = "SELECT Id FROM Users WHERE Email = @Email";

    private const string Insert = """
        INSERT INTO Users (Email, Name, Role, PasswordHash, CreatedAt) VALUES (@Email, @Name, @Role, @PasswordHash, @CreatedAt)
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var email = c.Email.Trim().ToLowerInvariant();
            if (await db.QuerySingleOrDefaultAsync<long?>(Find, new { Email = email }, ct) is { } existing)
                return new Result(existing, false);
            var id = await db.InsertAsync(Insert, new
            {
                Email = email, c.Name, Role = Roles.Secretariat,
                PasswordHash = SignIn.Hash(email, c.Password), CreatedAt = clock.GetUtcNow(),
            }, ct);
            return new Result(id, true);
        }
    }
}
