using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Features.Editions;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Editions whose nominees are public, newest first, with the winner only once that too is public; only the years from
/// and to the given ones when asked.
/// </summary>
public static class GetArchive
{
    [Public]
    public sealed record Query(int? From = null, int? To = null) : IQuery<IReadOnlyList<Entry>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).InclusiveBetween(CreateEdition.FirstYear, CreateEdition.LastYear).WithMessage(CreateEdition.YearRange);
            RuleFor(q => q.To).InclusiveBetween(CreateEdition.FirstYear, CreateEdition.LastYear).WithMessage(CreateEdition.YearRange);
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
                .WithMessage("Til-året må ikke ligge før fra-året.");
        }
    }

    public sealed record Entry(int Year, string Name, IReadOnlyList<GetNominees.Nominee> Nominees, GetWinner.Result? Winner);

    private const string Years = """
        SELECT a.Year FROM Announcements a
        WHERE a.Kind = 'Shortlist' AND a.AnnounceAt <= @Now AND (@From IS NULL OR a.Year >= @From) AND (@To IS NULL OR a.Year <= @To)
        ORDER BY a.Year DESC
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Entry>>
    {
        public async Task<IReadOnlyList<Entry>> Handle(Query q, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var entries = new List<Entry>();
            foreach (var year in await db.QueryAsync<int>(Years, new { Now = now, q.From, q.To }, ct))
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
