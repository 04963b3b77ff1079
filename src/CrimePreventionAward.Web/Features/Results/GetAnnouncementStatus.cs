using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>Whether an edition's nominees and winner are public yet (for links on the front page).</summary>
public static class GetAnnouncementStatus
{
    [Public]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(bool NomineesPublic, bool WinnerPublic);

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) => Of(await EditionFacts.LoadAsync(db, q.Year, ct), clock.GetUtcNow());
    }

    public static Result Of(EditionFacts edition, DateTimeOffset now) => new(edition.NomineesPublic(now), edition.WinnerPublic(now));
}
