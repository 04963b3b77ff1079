using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Privacy;

/// <summary>
/// The daily retention job: erases the personal data of nominations that were not shortlisted once
/// <c>Privacy:RetentionMonths</c> (12) have passed since their edition's ceremony, deletes drafts never submitted a
/// week after their deadline, and empties sent mail bodies after 90 days. Logs counts, never data.
/// </summary>
public static class ApplyRetention
{
    public static readonly TimeSpan DraftGrace = TimeSpan.FromDays(7);
    public static readonly TimeSpan SentMailKept = TimeSpan.FromDays(90);

    /// <summary>Months after an edition's ceremony before nominations that were not shortlisted lose their personal data.</summary>
    public static int RetentionMonths(IConfiguration config) => config.GetValue("Privacy:RetentionMonths", 12);

    [Authorise(Roles.Secretariat)]
    public sealed record Command : ICommand<Result>;

    public sealed record Result(int Nominations, int Drafts, int MailBodies) : IJobOutcome
    {
        public bool DidNothing => Nominations + Drafts + MailBodies == 0;
    }

    // The ceremony time is compared in C#: adding months is not portable SQL.
    private const string PastCeremonies = "SELECT Year, CeremonyAt FROM Editions WHERE CeremonyAt <= @Now";

    private const string NotShortlisted = """
        SELECT Id FROM Nominations
        WHERE Year = @Year AND Status <> 'Draft' AND PersonalDataErasedAt IS NULL
          AND Id NOT IN (SELECT NominationId FROM ShortlistEntries)
          AND Id NOT IN (SELECT WinnerNominationId FROM Decisions)
        """;

    private const string StaleDrafts = """
        SELECT n.Id FROM Nominations n JOIN Editions e ON e.Year = n.Year
        WHERE n.Status = 'Draft' AND e.NominationDeadline <= @Before
        """;

    private const string DeleteAttachments = "DELETE FROM NominationAttachments WHERE NominationId = @Id";
    private const string DeleteNotes = "DELETE FROM NominationNotes WHERE NominationId = @Id";
    private const string DeleteExtensions = "DELETE FROM NominationExtensions WHERE NominationId = @Id";
    private const string DeleteDraft = "DELETE FROM Nominations WHERE Id = @Id AND Status = 'Draft'";

    public sealed class Handler(Db db, TimeProvider clock, IConfiguration config, ILogger<Handler> log) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var months = RetentionMonths(config);
            var nominations = 0;
            foreach (var edition in await db.QueryAsync<Edition>(PastCeremonies, new { Now = now }, ct))
            {
                if (edition.CeremonyAt.AddMonths(months) > now) continue;
                foreach (var id in (await db.QueryAsync<long>(NotShortlisted, new { edition.Year }, ct)).ToList())
                {
                    await PersonalData.EraseNominationAsync(db, id, now, ct);
                    nominations++;
                }
            }
            var drafts = (await db.QueryAsync<long>(StaleDrafts, new { Before = now - DraftGrace }, ct)).ToList();
            foreach (var id in drafts)
            {
                await db.ExecuteAsync(DeleteAttachments, new { Id = id }, ct);
                await db.ExecuteAsync(DeleteNotes, new { Id = id }, ct);
                await db.ExecuteAsync(DeleteExtensions, new { Id = id }, ct);
                await db.ExecuteAsync(DeleteDraft, new { Id = id }, ct);
            }
            var mail = 0;
            foreach (var column in PersonalData.SentMailContents)
                mail += await db.ExecuteAsync(
                    $"UPDATE MailOutbox SET {column} = @Marker WHERE Status = 'Sent' AND SentAt <= @Before AND {column} <> @Marker",
                    new { PersonalData.Marker, Before = now - SentMailKept }, ct);
            var result = new Result(nominations, drafts.Count, mail);
            if (!result.DidNothing)
                log.LogInformation("Retention erased {Nominations} nominations, deleted {Drafts} drafts, emptied {MailBodies} mail bodies",
                    nominations, drafts.Count, mail);
            return result;
        }
    }

    private sealed class Edition
    {
        public int Year { get; init; }
        public DateTimeOffset CeremonyAt { get; init; }
    }
}
