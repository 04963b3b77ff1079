using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>Everything the secretariat's page of one nomination shows: the nomination and its neighbours in the list it was opened from.</summary>
public static class GetNominationPage
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(long Id, string? Status = null, string? Kind = null, string? PoliceDistrict = null,
        string? Screening = null, string? Search = null, string? Sort = null) : IQuery<Result>, ListNominations.ISelection;

    public sealed class Validator : ListNominations.SelectionValidator<Query>;

    /// <summary>The previous and next nomination of the list, or null at its ends or when the nomination is not in it.</summary>
    public sealed record Result(NominationView Nomination, long? PreviousId, long? NextId);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var nomination = await GetNomination.LoadAsync(db, user, clock, q.Id, null, ct);
            var ids = (await ListNominations.LoadAsync(db, nomination.Year, q, ct)).Select(r => r.Id).ToList();
            var at = ids.IndexOf(q.Id);
            if (at < 0) return new(nomination, null, null);
            return new(nomination, at > 0 ? ids[at - 1] : null, at < ids.Count - 1 ? ids[at + 1] : null);
        }
    }
}
