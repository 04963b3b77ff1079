using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The minutely job: marks announcements whose time has come as published and moves a decided edition to
/// Announced. Public pages already go by the announcement time itself, so a late job never delays publication.
/// </summary>
public static class PublishDueAnnouncements
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command : ICommand<Result>;

    public sealed record Result(int Published) : IJobOutcome
    {
        public bool DidNothing => Published == 0;
    }

    private const string Due = $"""
        SELECT a.Id, a.Year, a.Kind, e.Phase, {EditionFacts.DueAt} AS DueAt FROM Announcements a JOIN Editions e ON e.Year = a.Year
        WHERE a.PublishedAt IS NULL AND {EditionFacts.DueAt} <= @Now
        """;

    // The time it fell due is kept, so a ceremony moved after the publication does not change when it was public.
    private const string MarkPublished = "UPDATE Announcements SET PublishedAt = @Now, AnnounceAt = @DueAt WHERE Id = @Id AND PublishedAt IS NULL";

    public sealed class Handler(Db db, TimeProvider clock, Outbox outbox, IOptions<MailSettings> mail) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var due = (await db.QueryAsync<DueRow>(Due, new { Now = now }, ct)).ToList();
            foreach (var row in due)
            {
                var published = await db.ExecuteAsync(MarkPublished, new { row.Id, Now = now, row.DueAt }, ct) == 1;
                if (published && row.Kind == "Shortlist")
                    await ShortlistMail.QueueAsync(db, outbox, mail.Value.PublicBaseUrl, row.Year, ct);
                if (row.Kind == "Winner" && row.Phase == Phase.Decided)
                    await EditionFacts.MoveAsync(db, row.Year, Phase.Decided, Phase.Announced, "Vinderen er offentliggjort", "system", now, ct);
            }
            return new Result(due.Count);
        }
    }

    private sealed class DueRow
    {
        public long Id { get; init; }
        public int Year { get; init; }
        public string Kind { get; init; } = "";
        public Phase Phase { get; init; }
        public DateTimeOffset DueAt { get; init; }
    }
}
