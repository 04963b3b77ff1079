using System.Globalization;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Domain.Tally;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Web;
using CsvHelper;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Every recorded score, each juror's weighted mean, the tally by every method and the decision, as one CSV
/// (semicolon-separated with decimal commas, as Danish Excel opens it). Secretariat only.
/// </summary>
public static class ExportResultsCsv
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<string>;

    public sealed class Line
    {
        public string Type { get; init; } = "";
        public string? Reference { get; init; }
        public string Nomination { get; init; } = "";
        public string? Juror { get; init; }
        public string? Criterion { get; init; }
        public double? Value { get; init; }
        public int? Count { get; init; }
        public int? Missing { get; init; }
        public int? Conflicted { get; init; }
    }

    private const string DecisionSql = "SELECT WinnerNominationId FROM Decisions WHERE Year = @Year";

    public sealed class Handler(Db db) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query q, CancellationToken ct)
        {
            await EditionFacts.LoadAsync(db, q.Year, ct);
            var data = await TallyData.LoadAsync(db, q.Year, ct);
            var nominations = data.Nominations.ToDictionary(n => n.Id);
            var jurors = data.Jurors.ToDictionary(j => j.Id, j => j.Name);
            var criteria = data.Criteria.ToDictionary(c => c.Id, c => c.Name);
            var lines = new List<Line>();

            lines.AddRange(data.Scores.Where(s => nominations.ContainsKey(s.NominationId))
                .OrderBy(s => s.NominationId).ThenBy(s => s.JurorId).ThenBy(s => s.CriterionId)
                .Select(s => Make("Point", s.NominationId, nominations, jurors.GetValueOrDefault(s.JurorId), criteria.GetValueOrDefault(s.CriterionId), s.Value)));
            lines.AddRange(data.SheetMeans.Where(s => nominations.ContainsKey(s.NominationId))
                .OrderBy(s => s.NominationId).ThenBy(s => s.JurorId)
                .Select(s => Make("Vægtet gennemsnit", s.NominationId, nominations, jurors.GetValueOrDefault(s.JurorId), null, Math.Round(s.Value, 4))));
            foreach (var r in data.Result.Rows)
            {
                lines.Add(Figure("Gennemsnit", r.NominationId, nominations, r.Mean));
                lines.Add(Figure("Normaliseret gennemsnit", r.NominationId, nominations, r.Normalised));
                lines.Add(Figure("Borda", r.NominationId, nominations, r.Borda));
            }
            if (await db.QuerySingleOrDefaultAsync<long?>(DecisionSql, new { q.Year }, ct) is { } winner && nominations.ContainsKey(winner))
                lines.Add(Make("Afgørelse (Schulze)", winner, nominations));

            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            using var csv = new CsvWriter(writer, SpreadsheetCsv.Configuration());
            await csv.WriteRecordsAsync(lines, ct);
            await csv.FlushAsync();
            return writer.ToString();
        }
    }

    private static Line Make(string type, long id, IReadOnlyDictionary<long, NominationRow> n, string? juror = null, string? criterion = null, double? value = null) =>
        new() { Type = type, Reference = n[id].Reference, Nomination = n[id].DisplayName, Juror = juror, Criterion = criterion, Value = value };

    private static Line Figure(string type, long id, IReadOnlyDictionary<long, NominationRow> n, MethodFigure f) => new()
    {
        Type = type, Reference = n[id].Reference, Nomination = n[id].DisplayName,
        Value = f.Value is { } v ? Math.Round(v, 4) : null, Count = f.Count, Missing = f.Missing, Conflicted = f.Conflicted,
    };
}
