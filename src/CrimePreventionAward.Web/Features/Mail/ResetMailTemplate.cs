using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>Removes the edition's own text of a template in one language, so the default in code applies again.</summary>
public static class ResetMailTemplate
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, [property: AuditValue] string Key, [property: AuditValue] string Language) : ICommand<Unit>;

    private const string Delete = "DELETE FROM MailTemplateEdits WHERE Year = @Year AND TemplateKey = @Key AND Language = @Language";

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            await db.ExecuteAsync(Delete, new { c.Year, c.Key, c.Language }, ct);
            return Unit.Value;
        }
    }
}
