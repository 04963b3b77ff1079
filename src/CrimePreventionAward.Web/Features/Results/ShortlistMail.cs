using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// When the shortlist becomes public, every nominator of a submitted nomination learns whether it was nominated.
/// Queued in the transaction that marks the shortlist published, never before (the shortlist is embargoed until then).
/// </summary>
public static class ShortlistMail
{
    private const string Nominators = """
        SELECT n.Id, n.Reference, n.Title, n.NominatorName, n.NominatorEmail, n.Language, e.Name AS EditionName,
               CASE WHEN EXISTS (SELECT 1 FROM ShortlistEntries s WHERE s.Year = n.Year AND s.NominationId = n.Id) THEN 1 ELSE 0 END AS Nominated
        FROM Nominations n JOIN Editions e ON e.Year = n.Year
        WHERE n.Year = @Year AND n.SubmittedAt IS NOT NULL AND n.WithdrawnAt IS NULL
          AND n.NominatorEmail IS NOT NULL AND n.NominatorEmail <> ''
        ORDER BY n.Id
        """;

    public static async Task QueueAsync(Db db, Outbox outbox, string baseUrl, int year, CancellationToken ct)
    {
        var link = $"{baseUrl.TrimEnd('/')}/nominerede?aar={year}";
        foreach (var n in await db.QueryAsync<NominatorRow>(Nominators, new { Year = year }, ct))
        {
            await outbox.EnqueueAsync(new TemplateMail(n.Nominated ? NominatorTemplates.Nominated : NominatorTemplates.NotNominated, year,
                MailLanguage.Of(n.Language), n.NominatorEmail, n.NominatorName ?? "", new Dictionary<string, object?>
                {
                    ["reference"] = n.Reference, ["title"] = n.Title, ["edition"] = n.EditionName, ["link"] = link,
                }, $"shortlist:{year}:{n.Id}"), ct);
        }
    }

    private sealed class NominatorRow
    {
        public long Id { get; init; }
        public string? Reference { get; init; }
        public string Title { get; init; } = "";
        public string? NominatorName { get; init; }
        public string NominatorEmail { get; init; } = "";
        public string EditionName { get; init; } = "";
        public bool Nominated { get; init; }
        public string? Language { get; init; }
    }
}
