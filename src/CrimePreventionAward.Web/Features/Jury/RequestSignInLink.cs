using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// Mails a new sign-in link to a juror. The answer is the same whatever the address, so it tells nobody who is on
/// the jury; a few links per hour per person at most, so nobody can flood a juror's inbox.
/// </summary>
public static class RequestSignInLink
{
    public const int MaxPerHour = 5;

    [Public]
    [KeepsPublicPages]
    public sealed record Command(string Email) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("Skriv din e-mailadresse.")
                .MaximumLength(254).WithMessage("E-mailadressen må højst have 254 tegn.");
        }
    }

    private const string FindJuror = $"""
        SELECT u.Id, u.Name, u.Email, l.Year, l.Language FROM Users u
        LEFT JOIN Jurors l ON l.UserId = u.Id AND l.Year = (SELECT MAX(y.Year) FROM Jurors y WHERE y.UserId = u.Id)
        WHERE u.Email = @Email AND u.Role = @Role
          AND EXISTS (SELECT 1 FROM Jurors j JOIN Editions e ON e.Year = j.Year WHERE j.UserId = u.Id AND {JuryAccess.Active})
        """;

    private const string RecentLinks = "SELECT COUNT(*) FROM SignInLinks WHERE UserId = @UserId AND CreatedAt > @Since";

    public sealed class Handler(Db db, Outbox outbox, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var juror = await db.QuerySingleOrDefaultAsync<UserRow>(FindJuror, new { Email = c.Email.Trim().ToLowerInvariant(), Role = Roles.Juror, Now = now }, ct);
            if (juror is null) return Unit.Value;
            if (await db.ScalarAsync<int>(RecentLinks, new { UserId = juror.Id, Since = now.AddHours(-1) }, ct) >= MaxPerHour)
                return Unit.Value;
            var token = await SignInLinkTokens.CreateAsync(db, juror.Id, now, ct);
            await outbox.EnqueueAsync(new TemplateMail(JuryTemplates.SignInLink, juror.Year, MailLanguage.Of(juror.Language), juror.Email, juror.Name,
                new Dictionary<string, object?> { ["link"] = SignInLinkTokens.Url(mail.Value.PublicBaseUrl) },
                Token: SignInLinkTokens.ForMail(token)), ct);
            return Unit.Value;
        }
    }

    private sealed class UserRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public int? Year { get; init; }
        public string? Language { get; init; }
    }
}
