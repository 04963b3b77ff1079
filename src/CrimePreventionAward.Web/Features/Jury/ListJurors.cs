using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

public static class ListJurors
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<IReadOnlyList<JurorView>>;

    public sealed record JurorView(long Id, string Name, string Email, string Organisation, bool IsChair);

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<JurorView>>
    {
        public async Task<IReadOnlyList<JurorView>> Handle(Query q, CancellationToken ct)
        {
            await JuryAccess.EditionAsync(db, q.Year, ct);
            var board = await JuryBoard.LoadAsync(db, q.Year, ct);
            return board.JurorList.Select(j => new JurorView(j.Id, j.Name, j.Email, j.Organisation, j.IsChair)).ToList();
        }
    }
}
