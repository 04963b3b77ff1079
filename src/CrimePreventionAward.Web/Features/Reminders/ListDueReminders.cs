using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Reminders;

/// <summary>
/// The reminder job's question: who is due which reminder now (see <see cref="ReminderSchedule"/>) and has not had
/// it queued before. The job queues each through <see cref="QueueReminder"/>, its own audited command; a run that
/// finds nothing due writes nothing, so running it every few minutes costs no audit rows.
/// </summary>
public static class ListDueReminders
{
    [Authorise(Roles.System)]
    public sealed record Query : IQuery<IReadOnlyList<OutgoingMail>>;

    private const string Editions = """
        SELECT e.Year, e.Name, e.Phase, e.NominationDeadline, e.ScoringDeadline, e.FinalVoteDeadline,
               COALESCE(c.StartsAt, e.CeremonyAt) AS CeremonyAt, COALESCE(c.Venue, '') AS Venue, COALESCE(c.Address, '') AS Address
        FROM Editions e LEFT JOIN Ceremonies c ON c.Year = e.Year
        WHERE e.Phase <> 'Draft' AND e.Phase <> 'Archived'
        """;

    private const string Queued = "SELECT COUNT(*) FROM MailOutbox WHERE DedupKey = @Key";

    public sealed class Handler(Db db, MailComposer composer, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Query, IReadOnlyList<OutgoingMail>>
    {
        public async Task<IReadOnlyList<OutgoingMail>> Handle(Query q, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var baseUrl = mail.Value.PublicBaseUrl.TrimEnd('/');
            var unqueued = new List<OutgoingMail>();
            foreach (var e in await db.QueryAsync<DueEdition>(Editions, ct: ct))
            {
                var due = new List<TemplateMail>();
                if (e.Phase == Phase.NominationOpen && ReminderSchedule.Due(ReminderSchedule.Drafts(e.NominationDeadline), e.NominationDeadline, now) is { } draft)
                    due.AddRange(await ReminderRecipients.DraftsAsync(db, e, draft, $"{baseUrl}/indstil", ct));
                if (e.Phase == Phase.Scoring && ReminderSchedule.Due(ReminderSchedule.Scoring(e.ScoringDeadline), e.ScoringDeadline, now) is { } scoring)
                    due.AddRange(await ReminderRecipients.UnfinishedScoringAsync(db, e, scoring, $"{baseUrl}/jury", ct));
                if (e.Phase == Phase.FinalVote && ReminderSchedule.Due(ReminderSchedule.Ballots(e.FinalVoteDeadline), e.FinalVoteDeadline, now) is { } ballot)
                    due.AddRange(await ReminderRecipients.MissingBallotsAsync(db, e, ballot, $"{baseUrl}/jury/{e.Year}/afstemning", ct));
                if (ReminderSchedule.Due(ReminderSchedule.Ceremony(e.CeremonyAt), e.CeremonyAt, now) is { } ceremony)
                    due.AddRange(await ReminderRecipients.AttendingGuestsAsync(db, e, ceremony, $"{baseUrl}/prisoverraekkelse", ct));

                // Checked here only to keep the audit log free of no-op sends; the unique key is what guarantees once.
                foreach (var m in due)
                    if (await db.ScalarAsync<int>(Queued, new { Key = m.DedupKey }, ct) == 0) unqueued.Add(await composer.ComposeAsync(m, ct));
            }
            return unqueued.DistinctBy(m => m.DedupKey).ToList();
        }
    }
}
