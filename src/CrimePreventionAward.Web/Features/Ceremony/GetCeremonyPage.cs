using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>Everything the secretariat's ceremony page shows: the ceremony with its programme, and the guests with their answers.</summary>
public static class GetCeremonyPage
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(CeremonyView Ceremony, ListGuests.Result Guests);

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) =>
            new(await GetCeremony.LoadAsync(db, q.Year, CurrentEdition.SeesDrafts(user), ct), await ListGuests.LoadAsync(db, q.Year, ct));
    }
}
