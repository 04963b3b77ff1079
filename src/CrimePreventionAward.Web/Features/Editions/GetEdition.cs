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
        public Task<EditionView> Handle(Query q, CancellationToken ct) => RequireAsync(db, user, q.Year, ct);
    }

    /// <summary>The edition the caller may see; not found otherwise.</summary>
    internal static async Task<EditionView> RequireAsync(Db db, ICurrentUser user, int? year, CancellationToken ct) =>
        await LoadAsync(db, user, year, ct)
        ?? throw new NotFoundException(year is null ? "Der er endnu ingen prisuddeling." : $"Prisuddelingen {year} findes ikke.");

    /// <summary>The edition the caller may see, or null.</summary>
    internal static Task<EditionView?> LoadAsync(Db db, ICurrentUser user, int? year, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<EditionView>(year is null ? Current : ByYear, new { Year = year, SeesDrafts = CurrentEdition.SeesDrafts(user) }, ct);
}
