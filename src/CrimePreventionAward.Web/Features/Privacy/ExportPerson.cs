using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Privacy;

/// <summary>Everything held about the person with this e-mail, by kind: one JSON document for them to receive.</summary>
public static class ExportPerson
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(string Email) : IQuery<Result>;

    public sealed record Result(string Email, IReadOnlyList<string> Names, IReadOnlyList<string> Phones,
        IReadOnlyDictionary<string, IReadOnlyList<IDictionary<string, object?>>> Held);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(c => c.Email).NotEmpty().EmailAddress().WithMessage("Skriv en gyldig e-mailadresse.");
    }

    private static readonly string Nomination = string.Join(", ", new[] { "Id", "Year", "Reference", "Status" }
        .Concat(NominationForm.Fields.Select(f => f.Column)).Concat(["ConsentGiven", "CreatedAt", "SubmittedAt", "WithdrawnAt"]));

    private static readonly string AsNominator = $"SELECT {Nomination} FROM Nominations WHERE LOWER(NominatorEmail) = @Email ORDER BY Id";
    private static readonly string AsContact = $"SELECT {Nomination} FROM Nominations WHERE LOWER(CandidateContactEmail) = @Email ORDER BY Id";

    private const string Attachments = """
        SELECT a.Id, a.NominationId, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, a.UploadedAt
        FROM NominationAttachments a JOIN Nominations n ON n.Id = a.NominationId WHERE LOWER(n.NominatorEmail) = @Email ORDER BY a.Id
        """;

    private const string Jurors = "SELECT Id, Year, Name, Email, Organisation, IsChair, InvitedAt FROM Jurors WHERE LOWER(Email) = @Email ORDER BY Id";
    private const string Users = "SELECT Id, Email, Name, Role, CreatedAt FROM Users WHERE LOWER(Email) = @Email ORDER BY Id";

    private const string Guests = """
        SELECT Id, Year, Name, Email, Organisation, Kind, Response, Persons, RespondedAt, InvitedAt FROM Guests WHERE LOWER(Email) = @Email ORDER BY Id
        """;

    private const string Mail = """
        SELECT Id, ToAddress, ToName, Subject, BodyText, Status, CreatedAt, SentAt FROM MailOutbox WHERE LOWER(ToAddress) = @Email ORDER BY Id
        """;

    private const string SignIns = "SELECT Id, Email, Succeeded, AttemptedAt FROM SignInAttempts WHERE LOWER(Email) = @Email ORDER BY Id";

    private const string AuditByUser = "SELECT Id, At, UserName, Action, Data FROM AuditLog WHERE UserId = @UserId ORDER BY Id";

    private const string AuditByMention = "SELECT Id, At, UserName, Action, Data FROM AuditLog WHERE UserName = @Mention OR Data LIKE @Like ORDER BY Id";

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var who = await PersonalData.FindAsync(db, q.Email.Trim().ToLowerInvariant(), ct);
            var args = new { who.Email };
            var held = new Dictionary<string, IReadOnlyList<IDictionary<string, object?>>>
            {
                ["nominationsAsNominator"] = await RowsAsync(AsNominator, args, ct),
                ["nominationsAsCandidateContact"] = await RowsAsync(AsContact, args, ct),
                ["attachmentsSent"] = await RowsAsync(Attachments, args, ct),
                ["jurors"] = await RowsAsync(Jurors, args, ct),
                ["users"] = await RowsAsync(Users, args, ct),
                ["guests"] = await RowsAsync(Guests, args, ct),
                ["mail"] = await RowsAsync(Mail, args, ct),
                ["signInAttempts"] = await RowsAsync(SignIns, args, ct),
            };
            var audit = new Dictionary<long, IDictionary<string, object?>>();
            foreach (var userId in who.UserIds)
                foreach (var row in await RowsAsync(AuditByUser, new { UserId = userId }, ct)) audit[Convert.ToInt64(row["Id"])] = row;
            foreach (var mention in who.Mentions)
                foreach (var row in await RowsAsync(AuditByMention, new { Mention = mention, Like = $"%{mention}%" }, ct)) audit[Convert.ToInt64(row["Id"])] = row;
            held["auditRows"] = audit.OrderBy(p => p.Key).Select(p => p.Value).ToList();
            foreach (var (table, key, columns) in MentionColumns())
                held[$"mentionedIn{table}"] = await MentionsAsync(table, key, columns, who, ct);
            return new Result(who.Email, who.Names, who.Phones, held);
        }

        private static IEnumerable<(string Table, string Key, string[] Columns)> MentionColumns() => PersonalData.Mentions
            .GroupBy(m => (m.Table, m.Key)).Select(g => (g.Key.Table, g.Key.Key, g.SelectMany(m => m.Columns).Distinct().ToArray()));

        // Table and column names come from PersonalData's fixed list, never from input.
        private async Task<IReadOnlyList<IDictionary<string, object?>>> MentionsAsync(string table, string key, string[] columns, PersonalData.Identity who, CancellationToken ct)
        {
            var rows = new Dictionary<long, IDictionary<string, object?>>();
            var sql = $"SELECT {key}, {string.Join(", ", columns)} FROM {table} WHERE {string.Join(" OR ", columns.Select(c => $"{c} LIKE @Like"))}";
            foreach (var mention in who.Mentions)
                foreach (var row in await RowsAsync(sql, new { Like = $"%{mention}%" }, ct)) rows[Convert.ToInt64(row[key])] = row;
            return rows.OrderBy(p => p.Key).Select(p => p.Value).ToList();
        }

        private async Task<IReadOnlyList<IDictionary<string, object?>>> RowsAsync(string sql, object args, CancellationToken ct) =>
            (await db.QueryAsync<dynamic>(sql, args, ct)).Select(r => (IDictionary<string, object?>)r).ToList();
    }
}
