using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Web.Features.Reminders;

/// <summary>Who is due a reminder on an occasion, as ready mails with their dedup keys (recipient + occasion).</summary>
public static class ReminderRecipients
{
    private const string Drafts = """
        SELECT Id, NominatorEmail AS Email, COALESCE(NominatorName, NominatorEmail) AS Name, 0 AS Count, Language
        FROM Nominations
        WHERE Year = @Year AND Status = 'Draft' AND NominatorEmail IS NOT NULL AND NominatorEmail <> ''
        ORDER BY Id
        """;

    // An eligible, submitted nomination is unfinished for a juror who is not conflicted on it (by nomination or by
    // organisation) and has no sheet for it, or a sheet with fewer scores than the edition has criteria.
    private const string UnfinishedScoring = $"""
        SELECT j.Id, j.Email, j.Name, COUNT(n.Id) AS Count, j.Language
        FROM Jurors j
        JOIN Nominations n ON n.Year = j.Year AND n.Status = 'Submitted' AND n.Eligibility = 'Eligible'
        WHERE j.Year = @Year AND {JuryAccess.Seated}
          AND NOT EXISTS (
              SELECT 1 FROM Conflicts k
              WHERE k.JurorId = j.Id
                AND (k.NominationId = n.Id
                     OR (k.Organisation IS NOT NULL
                         AND (LOWER(k.Organisation) = LOWER(n.Organisation) OR LOWER(k.Organisation) = LOWER(n.NominatorOrganisation)))))
          AND (NOT EXISTS (SELECT 1 FROM ScoreSheets sh WHERE sh.JurorId = j.Id AND sh.NominationId = n.Id)
               OR (SELECT COUNT(*) FROM Scores s JOIN ScoreSheets sh ON sh.Id = s.ScoreSheetId
                   WHERE sh.JurorId = j.Id AND sh.NominationId = n.Id)
                  < (SELECT COUNT(*) FROM Criteria cr WHERE cr.Year = j.Year))
        GROUP BY j.Id, j.Email, j.Name, j.Language
        ORDER BY j.Id
        """;

    private const string MissingBallots = $"""
        SELECT j.Id, j.Email, j.Name, 0 AS Count, j.Language
        FROM Jurors j
        WHERE j.Year = @Year AND {JuryAccess.Seated} AND NOT EXISTS (SELECT 1 FROM Ballots b WHERE b.Year = j.Year AND b.JurorId = j.Id)
        ORDER BY j.Id
        """;

    private const string AttendingGuests = """
        SELECT Id, Email, Name, COALESCE(Persons, 1) AS Count, Language
        FROM Guests WHERE Year = @Year AND Response = 'Attending'
        ORDER BY Id
        """;

    public static async Task<IEnumerable<TemplateMail>> DraftsAsync(Db db, DueEdition e, string occasion, string formLink, CancellationToken ct) =>
        (await db.QueryAsync<Recipient>(Drafts, new { e.Year }, ct)).Select(r => new TemplateMail(NominatorTemplates.DraftReminder, e.Year,
            MailLanguage.Of(r.Language), r.Email, r.Name,
            new Dictionary<string, object?> { ["edition"] = e.Name, ["deadline"] = e.NominationDeadline, ["link"] = formLink },
            $"reminder:draft:{r.Id}:{occasion}"));

    public static async Task<IEnumerable<TemplateMail>> UnfinishedScoringAsync(Db db, DueEdition e, string occasion, string juryLink, CancellationToken ct) =>
        (await db.QueryAsync<Recipient>(UnfinishedScoring, new { e.Year }, ct)).Select(r => new TemplateMail(JuryTemplates.ScoringReminder, e.Year,
            MailLanguage.Of(r.Language), r.Email, r.Name,
            new Dictionary<string, object?> { ["edition"] = e.Name, ["deadline"] = e.ScoringDeadline, ["unfinished"] = r.Count, ["link"] = juryLink },
            $"reminder:scoring:{e.Year}:{r.Id}:{occasion}"));

    public static async Task<IEnumerable<TemplateMail>> MissingBallotsAsync(Db db, DueEdition e, string occasion, string juryLink, CancellationToken ct) =>
        (await db.QueryAsync<Recipient>(MissingBallots, new { e.Year }, ct)).Select(r => new TemplateMail(JuryTemplates.BallotReminder, e.Year,
            MailLanguage.Of(r.Language), r.Email, r.Name,
            new Dictionary<string, object?> { ["edition"] = e.Name, ["deadline"] = e.FinalVoteDeadline, ["link"] = juryLink },
            $"reminder:ballot:{e.Year}:{r.Id}:{occasion}"));

    public static async Task<IEnumerable<TemplateMail>> AttendingGuestsAsync(Db db, DueEdition e, string occasion, string ceremonyLink, CancellationToken ct) =>
        (await db.QueryAsync<Recipient>(AttendingGuests, new { e.Year }, ct)).Select(r => new TemplateMail(CeremonyTemplates.Reminder, e.Year,
            MailLanguage.Of(r.Language), r.Email, r.Name, new Dictionary<string, object?>
            {
                ["edition"] = e.Name, ["time"] = e.CeremonyAt, ["place"] = CeremonyTemplates.PlaceOf(e.Venue, e.Address), ["persons"] = r.Count,
                ["link"] = ceremonyLink,
            }, $"reminder:ceremony:{r.Id}:{occasion}"));

    private sealed class Recipient
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public int Count { get; init; }
        public string? Language { get; init; }
    }
}
