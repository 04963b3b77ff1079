using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>A template as the edition sends it, per language: its text (edited or the default) and a preview.</summary>
public static class GetMailTemplate
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year, string Key) : IQuery<View>;

    public sealed record View(int Year, string EditionName, MailTemplate Template, IReadOnlyList<Version> Versions);

    public sealed record Version(string Language, MailText Text, bool Edited, MailText Preview);

    public sealed class Handler(Db db, MailComposer composer, ICurrentUser user) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query q, CancellationToken ct)
        {
            var template = MailTemplateCatalogue.Find(q.Key) ?? throw new NotFoundException("Mailskabelonen findes ikke.");
            var (editionName, values) = await MailPreview.ValuesAsync(db, q.Year, template, ct);
            var versions = new List<Version>();
            foreach (var language in new[] { MailLanguage.Danish, MailLanguage.English })
            {
                var text = await composer.TextAsync(template, q.Year, language, ct);
                versions.Add(new Version(language, text, text != template.In(language),
                    MailRenderer.Render(template, text, language, user.Name, values)));
            }
            return new View(q.Year, editionName, template, versions);
        }
    }
}
