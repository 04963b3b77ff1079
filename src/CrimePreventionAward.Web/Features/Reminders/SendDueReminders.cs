using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Reminders;

/// <summary>
/// The reminder job: works out from the database who is due which reminder now (see <see cref="ReminderSchedule"/>)
/// and queues each one that has not been queued before. Each reminder is its own audited command; a run that finds
/// nothing due writes nothing, so running it every few minutes costs no audit rows.
/// </summary>
public static class SendDueReminders
{
    [Authorise(Roles.System)]
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Queued);

    private const string Editions = """
        SELECT e.Year, e.Name, e.Phase, e.NominationDeadline, e.ScoringDeadline, e.FinalVoteDeadline,
               COALESCE(c.StartsAt, e.CeremonyAt) AS CeremonyAt, COALESCE(c.Venue, '') AS Venue, COALESCE(c.Address, '') AS Address
        FROM Editions e LEFT JOIN Ceremonies c ON c.Year = e.Year
        WHERE e.Phase <> 'Draft' AND e.Phase <> 'Archived'
        """;

    private const string Queued = "SELECT COUNT(*) FROM MailOutbox WHERE DedupKey = @Key";

    public sealed class Handler(Db db, IMediator mediator, MailComposer composer, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var baseUrl = mail.Value.PublicBaseUrl.TrimEnd('/');
            var queued = 0;
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

                foreach (var m in due)
                {
                    // Checked first only to keep the audit log free of no-op sends; the unique key is what guarantees once.
                    if (await db.ScalarAsync<int>(Queued, new { Key = m.DedupKey }, ct) > 0) continue;
                    if (await mediator.Send(new QueueReminder.Command(await composer.ComposeAsync(m, ct)), ct)) queued++;
                }
            }
            return new Result(queued);
        }
    }
}

public sealed class DueEdition
{
    public int Year { get; init; }
    public string Name { get; init; } = "";
    public Phase Phase { get; init; }
    public DateTimeOffset NominationDeadline { get; init; }
    public DateTimeOffset ScoringDeadline { get; init; }
    public DateTimeOffset FinalVoteDeadline { get; init; }
    public DateTimeOffset CeremonyAt { get; init; }
    public string Venue { get; init; } = "";
    public string Address { get; init; } = "";
}
