using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// The secretariat's year at a glance, in one query: the phases with their dates, what is due next and what holds it
/// up, and the counts behind it (nominations per day, police district and kind; scoring per juror).
/// </summary>
public static class GetYearOverview
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(int Year, string Name, Phase Phase, IReadOnlyList<Step> Timeline, Step? Next,
        IReadOnlyList<Blocker> Blockers, NominationCounts Nominations, IReadOnlyList<Count> PerDay, DateOnly DeadlineDay,
        IReadOnlyList<Count> PerDistrict, IReadOnlyList<Count> PerKind, IReadOnlyList<JurorCount> Jurors);

    /// <param name="Ends">when the phase ends (its deadline; the ceremony for the announcement)</param>
    public sealed record Step(Phase Phase, DateTimeOffset? Ends, bool Done, bool Current);

    /// <summary>A Danish text with its numbers and the page where the work is done.</summary>
    public sealed record Blocker(string Text, object[] Values, string Link);

    public sealed record NominationCounts(int Submitted, int Drafts, int Withdrawn, int Eligible, int Ineligible, int Unscreened);

    public sealed record Count(string Label, int Value);

    public sealed record JurorCount(string Name, int Scored, int ToScore);

    private const string Edition = $"SELECT {EditionView.Columns} FROM Editions WHERE Year = @Year";

    private const string Nominations = """
        SELECT Status, Eligibility, CandidateKind, PoliceDistrict, SubmittedAt FROM Nominations WHERE Year = @Year
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var e = await db.QuerySingleOrDefaultAsync<EditionView>(Edition, new { q.Year }, ct)
                ?? throw new NotFoundException($"Prisuddelingen {q.Year} findes ikke.");
            var now = clock.GetUtcNow();
            var rows = (await db.QueryAsync<NominationRow>(Nominations, new { q.Year }, ct)).ToList();
            var submitted = rows.Where(r => r.Status == "Submitted").ToList();
            var counts = new NominationCounts(submitted.Count, rows.Count(r => r.Status == "Draft"), rows.Count(r => r.Status == "Withdrawn"),
                submitted.Count(r => r.Eligibility == "Eligible"), submitted.Count(r => r.Eligibility == "Ineligible"),
                submitted.Count(r => r.Eligibility is null));
            var board = await JuryBoard.LoadAsync(db, q.Year, ct);
            var jurors = board.JurorList.Select(j =>
            {
                var (scored, toScore) = board.ForJuror(j.Id);
                return new JurorCount(j.Name, scored, toScore);
            }).ToList();
            var timeline = Timeline(e);
            var next = timeline.FirstOrDefault(s => s.Ends is { } at && at > now);
            return new Result(e.Year, e.Name, e.Phase, timeline, next, Blockers(e, counts, jurors, now), counts,
                PerDay(submitted, e, now), DateOnly.FromDateTime(DanishTime.ToLocal(e.NominationDeadline).DateTime),
                Group(submitted.Select(r => r.PoliceDistrict)), Group(submitted.Select(r => r.CandidateKind)), jurors);
        }

        private static List<Step> Timeline(EditionView e)
        {
            (Phase Phase, DateTimeOffset? Ends)[] steps =
            [
                (Phase.Draft, e.NominationOpensAt), (Phase.NominationOpen, e.NominationDeadline), (Phase.Screening, null),
                (Phase.Scoring, e.ScoringDeadline), (Phase.Shortlisted, null), (Phase.FinalVote, e.FinalVoteDeadline),
                (Phase.Decided, e.CeremonyAt), (Phase.Announced, null),
            ];
            return steps.Select(s => new Step(s.Phase, s.Ends, s.Phase < e.Phase, s.Phase == e.Phase)).ToList();
        }

        private static List<Blocker> Blockers(EditionView e, NominationCounts counts, List<JurorCount> jurors, DateTimeOffset now)
        {
            var list = new List<Blocker>();
            var nominations = $"/sekretariat/{e.Year}/indstillinger";
            if (e.Phase <= Phase.Screening && counts.Unscreened > 0)
                list.Add(new("{0} indstillinger mangler screening", [counts.Unscreened], nominations + "?Status=Submitted&Screening=Unscreened"));
            if (e.Phase is Phase.Screening or Phase.Scoring)
            {
                var behind = jurors.Where(j => j.Scored < j.ToScore).ToList();
                if (behind.Count > 0)
                    list.Add(new("{0} jurymedlemmer mangler {1} bedømmelser", [behind.Count, behind.Sum(j => j.ToScore - j.Scored)], $"/sekretariat/{e.Year}/jury"));
            }
            if (e.Phase == Phase.NominationOpen && e.NominationDeadline > now)
                list.Add(new("indstillingerne lukker om {0} dage", [DaysLeft(e.NominationDeadline, now)], nominations));
            if (e.Phase == Phase.FinalVote && e.FinalVoteDeadline > now)
                list.Add(new("afstemningen lukker om {0} dage", [DaysLeft(e.FinalVoteDeadline, now)], $"/sekretariat/{e.Year}/resultater"));
            return list;
        }

        private static int DaysLeft(DateTimeOffset at, DateTimeOffset now) => (int)Math.Ceiling((at - now).TotalDays);

        /// <summary>Submissions per Danish calendar day, from the first day nominations opened to the deadline.</summary>
        private static List<Count> PerDay(List<NominationRow> submitted, EditionView e, DateTimeOffset now)
        {
            static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(DanishTime.ToLocal(at).DateTime);
            var byDay = submitted.Where(r => r.SubmittedAt is not null).GroupBy(r => Day(r.SubmittedAt!.Value)).ToDictionary(g => g.Key, g => g.Count());
            if (byDay.Count == 0) return [];
            var first = byDay.Keys.Min();
            var last = new[] { byDay.Keys.Max(), Day(e.NominationDeadline < now ? e.NominationDeadline : now) }.Max();
            var days = new List<Count>();
            for (var d = first; d <= last && days.Count < 366; d = d.AddDays(1))
                days.Add(new(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), byDay.GetValueOrDefault(d)));
            return days;
        }

        private static List<Count> Group(IEnumerable<string?> values) =>
            values.GroupBy(v => v ?? "").OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => new Count(g.Key, g.Count())).ToList();
    }

    private sealed class NominationRow
    {
        public string Status { get; init; } = "";
        public string? Eligibility { get; init; }
        public string? CandidateKind { get; init; }
        public string? PoliceDistrict { get; init; }
        public DateTimeOffset? SubmittedAt { get; init; }
    }
}
