using System.Text.Json;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Domain.Tally;
using CrimePreventionAward.Web.Domain.Voting;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The tally by every method side by side. Jurors see it only once the scoring round is closed, and never the
/// per-juror scores, the final vote or the decision (those stay with the secretariat until the announcement); nor any
/// figure of a nomination they are conflicted on or resting on fewer than two scores (<see cref="JurorView"/>).
/// </summary>
public static class GetResults
{
    [Authorise(Roles.Secretariat, Roles.Juror)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(
        int Year, string Name, Phase Phase, double ScaleMin, double ScaleMax, bool MethodsDisagree,
        IReadOnlyList<long> TopByMean, IReadOnlyList<long> TopByNormalised, IReadOnlyList<long> TopByBorda,
        IReadOnlyList<Row> Rows, IReadOnlyList<JurorColumn>? Jurors, FinalVote? Vote, DecisionView? Decision,
        DateTimeOffset? ShortlistAt, DateTimeOffset? WinnerAt, DateTimeOffset CeremonyAt, DecisionReadiness? Readiness = null, bool PressKitReady = false);

    /// <summary>Scores[i] belongs to Jurors[i]: a weighted mean, or null (missing) — Conflicted says which nulls are conflicts.</summary>
    public sealed record Row(
        long NominationId, string? Reference, string Name, bool Shortlisted, string? Justification,
        MethodFigure Mean, MethodFigure Normalised, MethodFigure Borda,
        IReadOnlyList<double?>? Scores, IReadOnlyList<bool>? Conflicted);

    public sealed record JurorColumn(long JurorId, string Name, bool IsChair);

    public sealed record FinalVote(int Ballots, int Jurors, IReadOnlyList<long> Candidates, int[][] D, int[][] P, IReadOnlyList<long> Winners);

    public sealed class DecisionView
    {
        public long WinnerNominationId { get; init; }
        public string Method { get; init; } = "";
        public string Justification { get; init; } = "";
        public DateTimeOffset DecidedAt { get; init; }
        public string DecidedBy { get; init; } = "";
        public IReadOnlyList<TieBreakStep> TieBreaks { get; init; } = [];
        public IReadOnlyList<RecordDecision.ConflictPair> Conflicts { get; init; } = [];
    }

    private sealed class DecisionRow
    {
        public long WinnerNominationId { get; init; }
        public string Method { get; init; } = "";
        public string Justification { get; init; } = "";
        public DateTimeOffset DecidedAt { get; init; }
        public string DecidedBy { get; init; } = "";
        public string Pairwise { get; init; } = "";
        public string TieBreaks { get; init; } = "";
        public string Conflicts { get; init; } = "";
    }

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : Features.IAuthorisationRule<Query>
    {

        public async Task CheckAsync(Query q, CancellationToken ct)
        {
            if (user.IsInRole(Roles.Secretariat)) return;
            var edition = await EditionFacts.LoadAsync(db, q.Year, ct);
            if (edition.Phase <= Phase.Scoring)
                throw new ForbiddenException("Resultaterne kan ses, når bedømmelsesrunden er lukket.");
            if (await JuryAccess.ActiveJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct) is null)
                throw new ForbiddenException($"Du er ikke jurymedlem for {q.Year}.");
        }
    }

    private const string DecisionSql = """
        SELECT WinnerNominationId, Method, Justification, DecidedAt, DecidedBy, Pairwise, TieBreaks, Conflicts FROM Decisions WHERE Year = @Year
        """;

    /// <summary>
    /// Per nomination, each juror's weighted mean (null when missing or conflicted) and conflict, in the order of
    /// <see cref="TallyData.Jurors"/>: filled from the sheets and the conflicts, not looked up juror by juror.
    /// </summary>
    private static (Dictionary<long, double?[]> Scores, Dictionary<long, bool[]> Conflicted) JurorColumns(TallyData data)
    {
        var column = data.Jurors.Select((j, i) => (j.Id, i)).ToDictionary(j => j.Id, j => j.i);
        var scores = data.Nominations.ToDictionary(n => n.Id, _ => new double?[column.Count]);
        var conflicted = data.Nominations.ToDictionary(n => n.Id, _ => new bool[column.Count]);
        foreach (var (juror, nomination) in data.Input.Conflicts)
            if (column.TryGetValue(juror, out var i) && conflicted.TryGetValue(nomination, out var row)) row[i] = true;
        foreach (var sheet in data.SheetMeans)
            if (column.TryGetValue(sheet.JurorId, out var i) && scores.TryGetValue(sheet.NominationId, out var row) && !conflicted[sheet.NominationId][i])
                row[i] = sheet.Value;
        return (scores, conflicted);
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var edition = await EditionFacts.LoadAsync(db, q.Year, ct);
            var conflicts = await ConflictRules.EditionPairsAsync(db, q.Year, ct);
            var data = await TallyData.LoadAsync(db, q.Year, conflicts, ct);
            var shortlist = (await BallotData.ShortlistAsync(db, q.Year, ct)).ToDictionary(s => s.NominationId);
            var full = user.IsInRole(Roles.Secretariat);
            var names = data.Nominations.ToDictionary(n => n.Id);
            var (scores, conflicted) = full ? JurorColumns(data) : (new(), new());

            var rows = data.Result.Rows.Select(r => new Row(
                r.NominationId, names[r.NominationId].Reference, names[r.NominationId].DisplayName,
                shortlist.ContainsKey(r.NominationId), shortlist.GetValueOrDefault(r.NominationId)?.Justification,
                r.Mean, r.Normalised, r.Borda,
                full ? scores[r.NominationId] : null, full ? conflicted[r.NominationId] : null)).ToList();
            IReadOnlyList<long> topByMean = data.Result.TopByMean, topByNormalised = data.Result.TopByNormalised, topByBorda = data.Result.TopByBorda;
            if (!full)
            {
                var jurorId = await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct);
                rows = JurorView.Rows(rows, n => data.Input.IsConflicted(jurorId, n), id => names[id].Reference);
                (topByMean, topByNormalised, topByBorda) = (JurorView.Top(rows, r => r.Mean), JurorView.Top(rows, r => r.Normalised), JurorView.Top(rows, r => r.Borda));
            }

            FinalVote? vote = null;
            DecisionView? decision = null;
            DecisionReadiness? readiness = null;
            if (full)
            {
                var ballots = await BallotData.LoadAsync(db, q.Year, conflicts, ct);
                // Once decided, the vote shown is the one stored with the decision, not one recounted from today's conflicts.
                if (await db.QuerySingleOrDefaultAsync<DecisionRow>(DecisionSql, new { q.Year }, ct) is { } stored)
                {
                    var web = JsonSerializerOptions.Web;
                    var pairwise = JsonSerializer.Deserialize<RecordDecision.Pairwise>(stored.Pairwise, web)!;
                    vote = new FinalVote(ballots.Ballots.Count, data.Jurors.Count, pairwise.Candidates, pairwise.D, pairwise.P, pairwise.Winners);
                    decision = new DecisionView
                    {
                        WinnerNominationId = stored.WinnerNominationId, Method = stored.Method, Justification = stored.Justification,
                        DecidedAt = stored.DecidedAt, DecidedBy = stored.DecidedBy,
                        TieBreaks = JsonSerializer.Deserialize<List<TieBreakStep>>(stored.TieBreaks, web) ?? [],
                        Conflicts = JsonSerializer.Deserialize<List<RecordDecision.ConflictPair>>(stored.Conflicts, web) ?? [],
                    };
                }
                else if (ballots.Shortlist.Count > 0)
                {
                    var schulze = Schulze.Compute(ballots.Shortlist.Select(s => s.NominationId).ToList(), ballots.Ballots);
                    vote = new FinalVote(ballots.Ballots.Count, data.Jurors.Count, schulze.Candidates, schulze.D, schulze.P, schulze.Winners);
                }
                if (decision is null && edition.Phase == Phase.FinalVote)
                    readiness = await DecisionReadiness.LoadAsync(db, edition, ballots, clock.GetUtcNow(), ct);
            }

            return new Result(q.Year, edition.Name, edition.Phase, data.Input.ScaleMin, data.Input.ScaleMax,
                new TallyResult([], topByMean, topByNormalised, topByBorda).MethodsDisagree, topByMean, topByNormalised, topByBorda, rows,
                full ? data.Jurors.Select(j => new JurorColumn(j.Id, j.Name, j.IsChair)).ToList() : null,
                vote, decision, edition.ShortlistAt, full ? edition.WinnerAt : null, edition.CeremonyAt, readiness,
                decision is not null && edition.WinnerPublic(clock.GetUtcNow()));
        }
    }
}
