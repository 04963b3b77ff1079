using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>Editions whose nominees are public, newest first, with the winner only once that too is public.</summary>
public static class GetArchive
{
    [Public]
    public sealed record Query : IQuery<IReadOnlyList<Entry>>;

    public sealed record Entry(int Year, string Name, IReadOnlyList<GetNominees.Nominee> Nominees, GetWinner.Result? Winner);

    private const string Years = """
        SELECT a.Year FROM Announcements a WHERE a.Kind = 'Shortlist' AND a.AnnounceAt <= @Now ORDER BY a.Year DESC
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Entry>>
    {
        public async Task<IReadOnlyList<Entry>> Handle(Query q, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var entries = new List<Entry>();
            foreach (var year in await db.QueryAsync<int>(Years, new { Now = now }, ct))
            {
                var edition = await EditionFacts.LoadAsync(db, year, ct);
                var nominees = (await BallotData.ShortlistAsync(db, year, ct)).Select(GetNominees.ToNominee).ToList();
                var winner = await GetWinner.LoadAsync(db, edition, now, ct);
                entries.Add(new Entry(year, edition.Name, nominees, winner));
            }
            return entries;
        }
    }
}
