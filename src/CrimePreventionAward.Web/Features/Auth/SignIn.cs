using System.Text.Json.Serialization;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>
/// Checks a secretariat password. Every attempt is recorded with the client's address, and failures slow further
/// attempts down (<see cref="SignInThrottle"/>). An unknown address costs the same hashing time as a known one.
/// </summary>
public static class SignIn
{
    public const int MaxEmailLength = 254;
    public const int MaxPasswordLength = 200;

    [Public]
    [KeepsPublicPages]
    public sealed record Command(string Email, [property: Sensitive] string Password) : ICommand<Result>
    {
        /// <summary>Set by the endpoint from the connection, never from the request body.</summary>
        [JsonIgnore, Sensitive]
        public string? ClientAddress { get; init; }
    }

    public sealed record Result(bool Succeeded, SignedInUser? User);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Skriv din e-mailadresse.")
                .MaximumLength(MaxEmailLength).WithMessage("E-mailadressen må højst have 254 tegn.");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Skriv din adgangskode.")
                .MaximumLength(MaxPasswordLength).WithMessage("Adgangskoden er for lang.");
        }
    }

    private const string FindUser = """
        SELECT Id, Email, Name, Role, PasswordHash, SecurityStamp FROM Users WHERE Email = @Email AND RemovedAt IS NULL
        """;

    private const string RecordSignIn = "UPDATE Users SET LastSignInAt = @At WHERE Id = @Id";

    private const string RecordAttempt = """
        INSERT INTO SignInAttempts (Email, Succeeded, AttemptedAt, ClientAddress) VALUES (@Email, @Succeeded, @At, @ClientAddress)
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        private static readonly PasswordHasher<string> Hasher = new();

        // Verified against when the address is unknown, so the answer takes as long as for a real account.
        private static readonly Lazy<string> NoOnesHash = new(() => Hasher.HashPassword("", Guid.NewGuid().ToString()));

        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var email = c.Email.Trim().ToLowerInvariant();
            var now = clock.GetUtcNow();
            await SignInThrottle.EnsureAllowedAsync(db, email, c.ClientAddress, now, ct);
            var user = await db.QuerySingleOrDefaultAsync<UserRow>(FindUser, new { Email = email }, ct);
            var verified = Hasher.VerifyHashedPassword(email, user?.PasswordHash ?? NoOnesHash.Value, c.Password) != PasswordVerificationResult.Failed;
            var ok = verified && user?.PasswordHash is not null;
            await db.ExecuteAsync(RecordAttempt, new { Email = email, Succeeded = ok, At = now, c.ClientAddress }, ct);
            if (ok) await db.ExecuteAsync(RecordSignIn, new { user!.Id, At = now }, ct);
            return ok ? new Result(true, new SignedInUser(user!.Id, user.Email, user.Name, user.Role, user.SecurityStamp)) : new Result(false, null);
        }
    }

    public static string Hash(string email, string password) => new PasswordHasher<string>().HashPassword(email.Trim().ToLowerInvariant(), password);

    private sealed class UserRow
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? PasswordHash { get; init; }
        public string? SecurityStamp { get; init; }
    }
}
