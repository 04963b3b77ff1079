using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Ceremony;

public static class GetCeremony
{
    /// <summary>The ceremony of a year; without a year, of the current edition (<see cref="CurrentEdition"/>).</summary>
    [Public]
    public sealed record Query(int? Year = null) : IQuery<CeremonyView>;

    // Before the secretariat has saved a ceremony, the edition's own time and prize stand in.
    internal const string Ceremony = $$"""
        SELECT e.Year, e.Name AS EditionName, COALESCE(c.StartsAt, e.CeremonyAt) AS StartsAt,
               COALESCE(c.Venue, '') AS Venue, COALESCE(c.Address, '') AS Address, COALESCE(c.Presenter, '') AS Presenter,
               COALESCE(c.PrizeAmountDkk, e.PrizeAmountDkk) AS PrizeAmountDkk, COALESCE(c.Version, 0) AS Version
        FROM Editions e LEFT JOIN Ceremonies c ON c.Year = e.Year
        WHERE e.Year = COALESCE(@Year, {{CurrentEdition.YearSql}}) AND {{CurrentEdition.VisibleSql}}
        """;

    internal const string Programme = """
        SELECT StartsAt, Title, Speaker FROM ProgrammeItems WHERE Year = @Year ORDER BY SortOrder, StartsAt
        """;

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, CeremonyView>
    {
        public Task<CeremonyView> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Year, CurrentEdition.SeesDrafts(user), ct);
    }

    /// <summary>The read itself, for the use cases that show a ceremony beside their own data.</summary>
    internal static async Task<CeremonyView> LoadAsync(Db db, int? year, int seesDrafts, CancellationToken ct)
    {
        var ceremony = await db.QuerySingleOrDefaultAsync<CeremonyView>(Ceremony, new { Year = year, SeesDrafts = seesDrafts }, ct)
            ?? throw new NotFoundException(year is null ? "Der er endnu ingen prisuddeling." : $"Prisuddelingen {year} findes ikke.");
        ceremony.Programme = (await db.QueryAsync<ProgrammeItemView>(Programme, new { ceremony.Year }, ct)).ToList();
        return ceremony;
    }
}
