using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// Tells the nominator the outcome of a screening, read back from the row just written, so every screening write
/// (one at a time or in bulk) calls this in its transaction. The key carries the row version: a changed decision
/// is mailed again, a repeated delivery never.
/// </summary>
public static class ScreeningMail
{
    private const string Row = """
        SELECT n.Id, n.Year, n.Version, n.Reference, n.Title, n.NominatorName, n.NominatorEmail, n.Eligibility,
               n.EligibilityReason, n.ShareReasonWithNominator, n.Language, e.Name AS EditionName
        FROM Nominations n JOIN Editions e ON e.Year = n.Year
        WHERE n.Id = @Id
        """;

    public static async Task QueueAsync(Db db, Outbox outbox, long nominationId, CancellationToken ct)
    {
        var n = await db.QuerySingleOrDefaultAsync<ScreenedRow>(Row, new { Id = nominationId }, ct);
        if (n is null || string.IsNullOrWhiteSpace(n.NominatorEmail)) return;
        var template = n.Eligibility == "Eligible" ? NominatorTemplates.ScreenedEligible : NominatorTemplates.ScreenedNotEligible;
        await outbox.EnqueueAsync(new TemplateMail(template, n.Year, MailLanguage.Of(n.Language), n.NominatorEmail, n.NominatorName ?? "",
            new Dictionary<string, object?>
            {
                ["reference"] = n.Reference, ["title"] = n.Title, ["edition"] = n.EditionName,
                ["reason"] = n.ShareReasonWithNominator ? n.EligibilityReason : null,
            }, $"screening:{n.Id}:{n.Version}"), ct);
    }

    private sealed class ScreenedRow
    {
        public long Id { get; init; }
        public int Year { get; init; }
        public long Version { get; init; }
        public string? Reference { get; init; }
        public string Title { get; init; } = "";
        public string? NominatorName { get; init; }
        public string? NominatorEmail { get; init; }
        public string? Eligibility { get; init; }
        public string? EligibilityReason { get; init; }
        public bool ShareReasonWithNominator { get; init; }
        public string EditionName { get; init; } = "";
        public string? Language { get; init; }
    }
}
