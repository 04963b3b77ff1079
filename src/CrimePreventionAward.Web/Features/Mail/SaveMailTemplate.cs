using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>Stores the edition's own text of a template in one language; every later mail of that kind uses it.</summary>
public static class SaveMailTemplate
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, [property: AuditValue] string Key, [property: AuditValue] string Language, string Subject, string Body)
        : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Language).Must(l => l is MailLanguage.Danish or MailLanguage.English).WithMessage("Vælg dansk eller engelsk.");
            RuleFor(c => c.Subject).MaximumLength(300).WithMessage("Emnet må højst have 300 tegn.");
            RuleFor(c => c.Body).MaximumLength(10_000).WithMessage("Teksten må højst have 10000 tegn.");
        }
    }

    private const string Delete = "DELETE FROM MailTemplateEdits WHERE Year = @Year AND TemplateKey = @Key AND Language = @Language";

    private const string Insert = """
        INSERT INTO MailTemplateEdits (Year, TemplateKey, Language, Subject, Body, UpdatedAt)
        VALUES (@Year, @Key, @Language, @Subject, @Body, @Now)
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command c, CancellationToken ct)
        {
            var template = MailTemplateCatalogue.Find(c.Key) ?? throw new NotFoundException("Mailskabelonen findes ikke.");
            await MailPreview.ValuesAsync(db, c.Year, template, ct);
            var text = new MailText(c.Subject?.Trim() ?? "", (c.Body ?? "").ReplaceLineEndings("\n").Trim());
            var problems = MailRenderer.Problems(template, text);
            if (problems.Count > 0)
                throw new FieldErrorsException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
            await db.ExecuteAsync(Delete, new { c.Year, c.Key, c.Language }, ct);
            await db.ExecuteAsync(Insert, new { c.Year, c.Key, c.Language, text.Subject, text.Body, Now = clock.GetUtcNow() }, ct);
            return Unit.Value;
        }
    }
}
