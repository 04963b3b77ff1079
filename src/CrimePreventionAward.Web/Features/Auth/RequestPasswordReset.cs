using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>
/// Mails a one-time link to set a new secretariat password. The answer is the same whatever the address, so it tells
/// nobody who has an account; a few links per hour per account at most, so nobody can flood an inbox.
/// </summary>
public static class RequestPasswordReset
{
    [Public]
    [KeepsPublicPages]
    public sealed record Command(string Email) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Skriv din e-mailadresse.")
                .MaximumLength(SignIn.MaxEmailLength).WithMessage("E-mailadressen må højst have 254 tegn.");
        }
    }

    private const string FindAccount = """
        SELECT Id, Name, Email FROM Users WHERE Email = @Email AND Role = @Role AND RemovedAt IS NULL
        """;

    public sealed class Handler(Db db, Outbox outbox, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var account = await db.QuerySingleOrDefaultAsync<AccountRow>(FindAccount,
                new { Email = c.Email.Trim().ToLowerInvariant(), Role = Roles.Secretariat }, ct);
            if (account is null || await PasswordLinks.TooManyAsync(db, account.Id, now, ct)) return Unit.Value;
            var token = await PasswordLinks.CreateAsync(db, account.Id, now, PasswordLinks.Lifetime, ct);
            await outbox.EnqueueAsync(new TemplateMail(AccountTemplates.PasswordReset, null, MailLanguage.Danish, account.Email, account.Name,
                new Dictionary<string, object?> { ["link"] = PasswordLinks.Url(mail.Value.PublicBaseUrl) }, Token: token), ct);
            return Unit.Value;
        }
    }

    private sealed class AccountRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
    }
}
