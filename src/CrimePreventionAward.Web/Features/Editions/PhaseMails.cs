using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// Mail that follows a phase move, queued in the move's transaction. The dedup key names the edition and the
/// recipient, not the move, so reopening a phase (or a job that moves it twice) never mails anyone again.
/// </summary>
public static class PhaseMails
{
    private const string Edition = "SELECT Name, FinalVoteDeadline FROM Editions WHERE Year = @Year";

    private const string Jurors = "SELECT Id, Name, Email, Language FROM Jurors WHERE Year = @Year AND RemovedAt IS NULL ORDER BY Id";

    public static async Task QueueAsync(Db db, Outbox outbox, string baseUrl, int year, Phase to, CancellationToken ct)
    {
        if (to != Phase.FinalVote) return;
        var edition = (await db.QuerySingleOrDefaultAsync<EditionRow>(Edition, new { Year = year }, ct))!;
        var link = $"{baseUrl.TrimEnd('/')}/jury/{year}/afstemning";
        foreach (var juror in await db.QueryAsync<JurorRow>(Jurors, new { Year = year }, ct))
        {
            await outbox.EnqueueAsync(new TemplateMail(JuryTemplates.VoteOpen, year, MailLanguage.Of(juror.Language), juror.Email, juror.Name,
                new Dictionary<string, object?> { ["edition"] = edition.Name, ["deadline"] = edition.FinalVoteDeadline, ["link"] = link },
                $"finalvote:open:{year}:{juror.Id}"), ct);
        }
    }

    private sealed class EditionRow
    {
        public string Name { get; init; } = "";
        public DateTimeOffset FinalVoteDeadline { get; init; }
    }

    private sealed class JurorRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public string? Language { get; init; }
    }
}
