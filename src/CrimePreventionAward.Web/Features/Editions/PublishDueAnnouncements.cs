using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// The announcement job: marks each announcement whose time has come as published, and when the winner's is
/// published moves a Decided edition to Announced (through <see cref="ChangePhase"/>, so it is audited). Pages and the
/// API still compare the announcement time themselves; this records when it happened and moves the phase.
/// </summary>
public static class PublishDueAnnouncements
{
    public const string Reason = "Offentliggjort på det fastsatte tidspunkt";

    [Authorise(Roles.System)]
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Published);

    [Authorise(Roles.System)]
    public sealed record PublishOneCommand(long Id) : ICommand<bool>;

    private const string Due = """
        SELECT a.Id, a.Year, a.Kind, e.Phase FROM Announcements a JOIN Editions e ON e.Year = a.Year
        WHERE a.PublishedAt IS NULL AND a.AnnounceAt <= @Now ORDER BY a.AnnounceAt, a.Id
        """;

    private const string MarkPublished = "UPDATE Announcements SET PublishedAt = @Now WHERE Id = @Id AND PublishedAt IS NULL";

    private const string WinnerEdition = """
        SELECT e.Year FROM Announcements a JOIN Editions e ON e.Year = a.Year
        WHERE a.Id = @Id AND e.Phase = 'Decided' AND LOWER(a.Kind) = 'winner'
        """;

    public sealed class Handler(Db db, IMediator mediator, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var published = 0;
            foreach (var id in await db.QueryAsync<long>(Due, new { Now = clock.GetUtcNow() }, ct))
                if (await mediator.Send(new PublishOneCommand(id), ct)) published++;
            return new Result(published);
        }
    }

    public sealed class PublishOneHandler(Db db, IMediator mediator, TimeProvider clock) : IRequestHandler<PublishOneCommand, bool>
    {
        public async Task<bool> Handle(PublishOneCommand p, CancellationToken ct)
        {
            var year = await db.QuerySingleOrDefaultAsync<int?>(WinnerEdition, new { p.Id }, ct);
            if (await db.ExecuteAsync(MarkPublished, new { p.Id, Now = clock.GetUtcNow() }, ct) != 1) return false;
            if (year is { } y) await mediator.Send(new ChangePhase.Command(y, Phase.Announced, Reason), ct);
            return true;
        }
    }
}
