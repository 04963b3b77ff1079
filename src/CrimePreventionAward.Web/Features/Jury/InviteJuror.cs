using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// Adds a person to an edition's jury and mails them a one-time sign-in link; a juror carried over from last year
/// (pending) is invited the same way, with the details given now.
/// </summary>
public static class InviteJuror
{
    [Authorise(Roles.Secretariat)]
    /// <param name="Language">the language of the juror's mails: "da" (the default) or "en"</param>
    public sealed record Command(int Year, string Name, string Email, string Organisation, bool IsChair, string? Language = null) : ICommand<Result>;

    public sealed record Result(long Id);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Skriv jurymedlemmets navn.")
                .MaximumLength(200).WithMessage("Navnet må højst have 200 tegn.");
            RuleFor(c => c.Email).NotEmpty().WithMessage("Skriv jurymedlemmets e-mailadresse.")
                .EmailAddress().WithMessage("Skriv en gyldig e-mailadresse.")
                .MaximumLength(254).WithMessage("E-mailadressen må højst have 254 tegn.");
            RuleFor(c => c.Organisation).NotEmpty().WithMessage("Skriv jurymedlemmets organisation.")
                .MaximumLength(200).WithMessage("Organisationen må højst have 200 tegn.");
            RuleFor(c => c.Language).Must(MailLanguage.IsKnown).WithMessage("Vælg dansk eller engelsk.");
        }
    }

    private const string FindUser = "SELECT Id, Role FROM Users WHERE Email = @Email";

    private const string InsertUser = """
        INSERT INTO Users (Email, Name, Role, PasswordHash, CreatedAt) VALUES (@Email, @Name, @Role, NULL, @Now)
        """;

    private const string Existing = "SELECT Id, InvitationPending FROM Jurors WHERE Year = @Year AND UserId = @UserId";

    private const string InvitePending = """
        UPDATE Jurors SET Name = @Name, Email = @Email, Organisation = @Organisation, IsChair = @IsChair, Language = @Language, InvitedAt = @Now,
               InvitationPending = 0
        WHERE Id = @Id AND InvitationPending = 1
        """;

    private const string InsertJuror = """
        INSERT INTO Jurors (Year, UserId, Name, Email, Organisation, IsChair, Language, InvitedAt)
        VALUES (@Year, @UserId, @Name, @Email, @Organisation, @IsChair, @Language, @Now)
        """;

    public sealed class Handler(Db db, Outbox outbox, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await JuryAccess.EditionAsync(db, c.Year, ct);
            var email = c.Email.Trim().ToLowerInvariant();
            var now = clock.GetUtcNow();
            var user = await db.QuerySingleOrDefaultAsync<UserRow>(FindUser, new { Email = email }, ct);
            if (user is not null && user.Role != Roles.Juror)
                throw FieldErrorsException.For(nameof(Command.Email), "Adressen tilhører en konto i sekretariatet. Brug en anden adresse.");
            var userId = user?.Id ?? await db.InsertAsync(InsertUser, new { Email = email, Name = c.Name.Trim(), Role = Roles.Juror, Now = now }, ct);
            var juror = new
            {
                c.Year, UserId = userId, Name = c.Name.Trim(), Email = email, Organisation = c.Organisation.Trim(), c.IsChair,
                Language = MailLanguage.Of(c.Language), Now = now,
            };
            var existing = await db.QuerySingleOrDefaultAsync<JurorRow>(Existing, juror, ct);
            if (existing is { InvitationPending: false })
                throw new ConflictException($"{email} er allerede inviteret til juryen for {c.Year}.");
            var jurorId = existing?.Id ?? await db.InsertAsync(InsertJuror, juror, ct);
            if (existing is not null && await db.ExecuteAsync(InvitePending, new { juror.Name, juror.Email, juror.Organisation, juror.IsChair, juror.Language, juror.Now, existing.Id }, ct) != 1)
                throw new ConflictException($"{email} er allerede inviteret til juryen for {c.Year}.");
            await EnsureDefaultCriteria.InsertMissingAsync(db, c.Year, ct);
            var token = await SignInLinkTokens.CreateAsync(db, userId, now, ct);
            await outbox.EnqueueAsync(new TemplateMail(JuryTemplates.Invitation, c.Year, juror.Language, email, c.Name.Trim(),
                new Dictionary<string, object?>
                {
                    ["edition"] = edition.Name, ["chair"] = c.IsChair, ["link"] = SignInLinkTokens.Url(mail.Value.PublicBaseUrl),
                    ["login"] = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/login",
                }, Token: SignInLinkTokens.ForMail(token)), ct);
            return new Result(jurorId);
        }
    }

    private sealed class JurorRow
    {
        public long Id { get; init; }
        public bool InvitationPending { get; init; }
    }

    private sealed class UserRow
    {
        public long Id { get; init; }
        public string Role { get; init; } = "";
    }
}
