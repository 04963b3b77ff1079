using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Accounts;

/// <summary>
/// A secretariat member adds a colleague: the account has no password until the colleague chooses one through the
/// mailed one-time link. A removed account with the address comes back the same way.
/// </summary>
public static class AddSecretariatAccount
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(string Name, string Email) : ICommand<Result>;

    public sealed record Result(long Id);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Skriv et navn.").MaximumLength(200).WithMessage("Navnet må højst have 200 tegn.");
            RuleFor(c => c.Email).NotEmpty().WithMessage("Skriv en gyldig e-mailadresse.")
                .EmailAddress().WithMessage("Skriv en gyldig e-mailadresse.")
                .MaximumLength(SignIn.MaxEmailLength).WithMessage("E-mailadressen må højst have 254 tegn.");
        }
    }

    private const string Find = "SELECT Id, Role, RemovedAt FROM Users WHERE Email = @Email";

    private const string Insert = """
        INSERT INTO Users (Email, Name, Role, PasswordHash, CreatedAt) VALUES (@Email, @Name, @Role, NULL, @Now)
        """;

    private const string Revive = "UPDATE Users SET Name = @Name, PasswordHash = NULL, RemovedAt = NULL WHERE Id = @Id";

    public sealed class Handler(Db db, Outbox outbox, ICurrentUser user, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var email = c.Email.Trim().ToLowerInvariant();
            var name = c.Name.Trim();
            var now = clock.GetUtcNow();
            var existing = await db.QuerySingleOrDefaultAsync<UserRow>(Find, new { Email = email }, ct);
            if (existing is { RemovedAt: null } || existing is { } && existing.Role != Roles.Secretariat)
                throw new ConflictException("Der findes allerede en konto med den e-mailadresse.");
            var id = existing?.Id ?? await db.InsertAsync(Insert, new { Email = email, Name = name, Role = Roles.Secretariat, Now = now }, ct);
            if (existing is not null) await db.ExecuteAsync(Revive, new { Id = id, Name = name }, ct);
            var token = await PasswordLinks.CreateAsync(db, id, now, PasswordLinks.InvitationLifetime, ct);
            await outbox.EnqueueAsync(new TemplateMail(AccountTemplates.Invitation, null, MailLanguage.Danish, email, name,
                new Dictionary<string, object?> { ["invitedBy"] = user.Name, ["link"] = PasswordLinks.Url(mail.Value.PublicBaseUrl) },
                Token: token), ct);
            return new Result(id);
        }
    }

    private sealed class UserRow
    {
        public long Id { get; init; }
        public string Role { get; init; } = "";
        public DateTimeOffset? RemovedAt { get; init; }
    }
}
