using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>Everything the secretariat's list of an edition's nominations shows: the selected rows and the extensions given.</summary>
public static class GetNominationsPage
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year, string? Status = null, string? Kind = null, string? PoliceDistrict = null,
        string? Screening = null, string? Search = null, string? Sort = null) : IQuery<Result>, ListNominations.ISelection;

    public sealed class Validator : ListNominations.SelectionValidator<Query>;

    public sealed record Result(IReadOnlyList<ListNominations.Row> Rows, IReadOnlyList<ListExtensions.Row> Extensions);

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) =>
            new(await ListNominations.LoadAsync(db, q.Year, q, ct), await ListExtensions.LoadAsync(db, q.Year, ct));
    }
}
