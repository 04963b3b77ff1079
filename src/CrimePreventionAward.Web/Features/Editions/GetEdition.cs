using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

public static class GetEdition
{
    /// <summary>One edition by year; without a year, the current one (<see cref="CurrentEdition"/>).</summary>
    [Public]
    public sealed record Query(int? Year = null) : IQuery<EditionView>;

    private const string ByYear = $"SELECT {EditionView.Columns} FROM Editions WHERE Year = @Year AND {CurrentEdition.VisibleSql}";
    private const string Current = $"SELECT {EditionView.Columns} FROM Editions WHERE Year = {CurrentEdition.YearSql}";

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, EditionView>
    {
        public async Task<EditionView> Handle(Query q, CancellationToken ct) =>
            await db.QuerySingleOrDefaultAsync<EditionView>(q.Year is null ? Current : ByYear, new { q.Year, SeesDrafts = CurrentEdition.SeesDrafts(user) }, ct)
            ?? throw new NotFoundException(q.Year is null ? "Der er endnu ingen prisuddeling." : $"Prisuddelingen {q.Year} findes ikke.");
    }
}
