using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>Checks a secretariat password. Failures are recorded (and so throttled) even though sign-in fails.</summary>
public static class SignIn
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);

    [Public]
    public sealed record Command(string Email, [property: Sensitive] string Password) : ICommand<Result>;

    public sealed record Result(bool Succeeded, SignedInUser? User);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Skriv din e-mailadresse.");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Skriv din adgangskode.");
        }
    }

    private const string RecentFailures = """
        SELECT COUNT(*) FROM SignInAttempts WHERE Email = @Email AND Succeeded = 0 AND AttemptedAt > @Since
        """;

    private const string FindUser = "SELECT Id, Email, Name, Role, PasswordHash, SecurityStamp FROM Users WHERE Email = @Email";

    private const string RecordAttempt = """
        INSERT INTO SignInAttempts (Email, Succeeded, AttemptedAt) VALUES (@Email, @Succeeded, @At)
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        private static readonly PasswordHasher<string> Hasher = new();

        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var email = c.Email.Trim().ToLowerInvariant();
            var now = clock.GetUtcNow();
            if (await db.ScalarAsync<int>(RecentFailures, new { Email = email, Since = now - FailureWindow }, ct) >= MaxFailures)
                throw new TooManyRequestsException("For mange mislykkede forsøg. Vent et kvarter, og prøv igen.");
            var user = await db.QuerySingleOrDefaultAsync<UserRow>(FindUser, new { Email = email }, ct);
            var ok = user?.PasswordHash is { } hash
                && Hasher.VerifyHashedPassword(email, hash, c.Password) != PasswordVerificationResult.Failed;
            await db.ExecuteAsync(RecordAttempt, new { Email = email, Succeeded = ok, At = now }, ct);
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

public sealed record SignedInUser(long Id, string Email, string Name, string Role, string? SecurityStamp = null);
