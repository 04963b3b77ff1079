using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>
/// The values a preview (and a test mail) is rendered with: the edition's own name, year, deadlines and ceremony
/// time, its first submitted nomination's reference, title and candidate, and for the rest the template's samples,
/// each marked "(eksempel)" or an address that cannot receive mail.
/// </summary>
public static class MailPreview
{
    private const string Edition = """
        SELECT e.Year, e.Name, e.NominationDeadline, e.ScoringDeadline, e.FinalVoteDeadline, COALESCE(c.StartsAt, e.CeremonyAt) AS CeremonyAt
        FROM Editions e LEFT JOIN Ceremonies c ON c.Year = e.Year WHERE e.Year = @Year
        """;

    private const string FirstNomination = """
        SELECT Reference, Title, CandidateName FROM Nominations
        WHERE Year = @Year AND SequenceNo = (SELECT MIN(SequenceNo) FROM Nominations WHERE Year = @Year AND SequenceNo IS NOT NULL)
        """;

    public static async Task<(string EditionName, Dictionary<string, object?> Values)> ValuesAsync(Db db, int year, MailTemplate template,
        CancellationToken ct)
    {
        var e = await db.QuerySingleOrDefaultAsync<EditionRow>(Edition, new { Year = year }, ct)
            ?? throw new NotFoundException($"Prisuddelingen {year} findes ikke.");
        var values = template.Placeholders.ToDictionary(p => p.Name, p => (object?)p.Sample);
        var real = new Dictionary<string, object?>
        {
            ["edition"] = e.Name, ["year"] = e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["time"] = e.CeremonyAt,
            ["deadline"] = template.Key switch
            {
                "jury.ballot-reminder" or "jury.vote-open" => e.FinalVoteDeadline,
                _ when template.Key.StartsWith("jury.", StringComparison.Ordinal) => e.ScoringDeadline,
                _ => e.NominationDeadline,
            },
        };
        if (await db.QuerySingleOrDefaultAsync<NominationRow>(FirstNomination, new { Year = year }, ct) is { } n)
        {
            real["reference"] = n.Reference;
            real["title"] = n.Title;
            real["candidate"] = n.CandidateName;
        }
        foreach (var (name, value) in real)
            if (values.ContainsKey(name)) values[name] = value;
        return (e.Name, values);
    }

    private sealed class EditionRow
    {
        public int Year { get; init; }
        public string Name { get; init; } = "";
        public DateTimeOffset NominationDeadline { get; init; }
        public DateTimeOffset ScoringDeadline { get; init; }
        public DateTimeOffset FinalVoteDeadline { get; init; }
        public DateTimeOffset CeremonyAt { get; init; }
    }

    private sealed class NominationRow
    {
        public string Reference { get; init; } = "";
        public string Title { get; init; } = "";
        public string CandidateName { get; init; } = "";
    }
}
