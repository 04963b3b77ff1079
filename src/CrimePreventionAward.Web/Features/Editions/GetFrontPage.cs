using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// Everything the front page shows of the current edition: the edition, what is public of it, its status in plain
/// words and, once public, the winner. All of it is worked out at one instant; without an edition, nothing.
/// </summary>
public static class GetFrontPage
{
    [Public]
    public sealed record Query : IQuery<Result>;

    public sealed record Result(EditionView? Edition, GetAnnouncementStatus.Result? Announcements, GetPublicStatus.Result? Status, GetWinner.Result? Winner);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            if (await GetEdition.LoadAsync(db, user, null, ct) is not { } edition) return new(null, null, null, null);
            var facts = await EditionFacts.LoadAsync(db, edition.Year, ct);
            var now = clock.GetUtcNow();
            return new(edition, GetAnnouncementStatus.Of(facts, now),
                GetPublicStatus.Of(facts, edition.NominationOpensAt, edition.NominationDeadline, now),
                await GetWinner.LoadAsync(db, facts, now, ct));
        }
    }
}
