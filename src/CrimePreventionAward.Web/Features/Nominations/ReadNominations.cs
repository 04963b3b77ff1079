using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// An edition's nominations as the caller may list them (GET /api/editions/{year}/nominations): a juror gets the jury's
/// own list (<see cref="ListMyNominations"/>: eligible nominations only, conflicts marked, no contact details), the
/// secretariat the whole list, searched, filtered and sorted (<see cref="ListNominations"/>).
/// </summary>
public static class ReadNominations
{
    [Authorise(Roles.Secretariat, Roles.Juror)]
    public sealed record Query(int Year, string? Status = null, string? Kind = null, string? PoliceDistrict = null,
        string? Screening = null, string? Search = null, string? Sort = null) : IQuery<Result>, ListNominations.ISelection;

    /// <summary>Exactly one is set: Jury for a juror, All for the secretariat.</summary>
    public sealed record Result(ListMyNominations.Result? Jury, IReadOnlyList<ListNominations.Row>? All);

    /// <summary>The secretariat's filter rules, with the same field names.</summary>
    public sealed class Validator : ListNominations.SelectionValidator<Query>;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) => JuryAccess.ReadsAsJuror(user)
            ? new Result(await ListMyNominations.LoadAsync(db, user, clock, q.Year, ct), null)
            : new Result(null, await ListNominations.LoadAsync(db, q.Year, q, ct));
    }
}
