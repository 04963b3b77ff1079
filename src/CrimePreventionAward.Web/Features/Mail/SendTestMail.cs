using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>"Send en test til mig": the preview of a template, as the edition sends it, to the signed-in secretariat user.</summary>
public static class SendTestMail
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(int Year, [property: AuditValue] string Key, [property: AuditValue] string Language) : ICommand<Unit>;

    private const string Me = "SELECT Email, Name FROM Users WHERE Id = @Id";

    public sealed class Handler(Db db, Outbox outbox, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            var template = MailTemplateCatalogue.Find(c.Key) ?? throw new NotFoundException("Mailskabelonen findes ikke.");
            var me = await db.QuerySingleOrDefaultAsync<UserRow>(Me, new { Id = user.UserId }, ct)
                ?? throw new ForbiddenException("Kun en bruger med en e-mailadresse kan få en testmail.");
            var (_, values) = await MailPreview.ValuesAsync(db, c.Year, template, ct);
            await outbox.EnqueueAsync(new TemplateMail(template, c.Year, MailLanguage.Of(c.Language), me.Email, me.Name, values), ct);
            return Unit.Value;
        }
    }

    private sealed class UserRow
    {
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
    }
}
