using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>Every template with the languages the edition has its own text in.</summary>
public static class ListMailTemplates
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(int Year, string EditionName, IReadOnlyList<Row> Templates);

    public sealed record Row(string Key, string Title, IReadOnlyList<string> EditedLanguages);

    private const string Edits = "SELECT TemplateKey, Language FROM MailTemplateEdits WHERE Year = @Year ORDER BY Language";

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var (editionName, _) = await MailPreview.ValuesAsync(db, q.Year, MailTemplateCatalogue.All[0], ct);
            var edits = (await db.QueryAsync<(string TemplateKey, string Language)>(Edits, new { q.Year }, ct)).ToLookup(e => e.TemplateKey, e => e.Language);
            return new Result(q.Year, editionName,
                MailTemplateCatalogue.All.Select(t => new Row(t.Key, t.Title, edits[t.Key].ToList())).ToList());
        }
    }
}
