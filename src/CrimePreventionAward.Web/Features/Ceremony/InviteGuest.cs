using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>Invites a guest to the ceremony by e-mail with a personal answer link.</summary>
public static class InviteGuest
{
    [Authorise(Roles.Secretariat)]
    /// <param name="Language">the language of the guest's mails: "da" (the default) or "en"</param>
    [KeepsPublicPages]
    public sealed record Command(int Year, string Name, string Email, string? Organisation, GuestKind Kind, string? Language = null) : ICommand<Result>;

    public sealed record Result(long Id);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Skriv gæstens navn.").MaximumLength(200).WithMessage("Navnet må højst have 200 tegn.");
            RuleFor(c => c.Email).NotEmpty().WithMessage("Skriv gæstens e-mailadresse.")
                .EmailAddress().WithMessage("Skriv en gyldig e-mailadresse.").MaximumLength(254).WithMessage("E-mailadressen er for lang.");
            RuleFor(c => c.Organisation).MaximumLength(200).WithMessage("Organisationen må højst have 200 tegn.");
            RuleFor(c => c.Kind).IsInEnum().WithMessage("Vælg, hvilken slags gæst det er.");
            RuleFor(c => c.Language).Must(MailLanguage.IsKnown).WithMessage("Vælg dansk eller engelsk.");
        }
    }

    private const string Existing = "SELECT COUNT(*) FROM Guests WHERE Year = @Year AND Email = @Email";

    private const string Insert = """
        INSERT INTO Guests (Year, Name, Email, Organisation, Kind, Language, TokenHash, InvitedAt)
        VALUES (@Year, @Name, @Email, @Organisation, @Kind, @Language, @TokenHash, @Now)
        """;

    public sealed class Handler(Db db, ICurrentUser user, Outbox outbox, TimeProvider clock, IOptions<MailSettings> mail)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var ceremony = await GetCeremony.LoadAsync(db, c.Year, CurrentEdition.SeesDrafts(user), ct);
            var email = c.Email.Trim().ToLowerInvariant();
            if (await db.ScalarAsync<int>(Existing, new { c.Year, Email = email }, ct) > 0)
                throw FieldErrorsException.For(nameof(c.Email), "Gæsten er allerede inviteret.");
            var token = GuestTokens.New();
            var id = await db.InsertAsync(Insert, new
            {
                c.Year, Name = c.Name.Trim(), Email = email, Organisation = string.IsNullOrWhiteSpace(c.Organisation) ? null : c.Organisation.Trim(),
                Kind = c.Kind.ToString(), Language = MailLanguage.Of(c.Language), TokenHash = GuestTokens.Hash(token), Now = clock.GetUtcNow(),
            }, ct);
            var link = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/prisoverraekkelse/svar/{MailToken.Placeholder}";
            await outbox.EnqueueAsync(new TemplateMail(CeremonyTemplates.Invitation, c.Year, MailLanguage.Of(c.Language), email, c.Name.Trim(),
                new Dictionary<string, object?>
                {
                    ["edition"] = ceremony.EditionName, ["time"] = ceremony.StartsAt, ["place"] = CeremonyTemplates.PlaceOf(ceremony.Venue, ceremony.Address),
                    ["presenter"] = ceremony.Presenter, ["link"] = link,
                }, $"invitation:guest:{id}", new MailToken(MailToken.GuestLink, token)), ct);
            return new Result(id);
        }
    }
}
