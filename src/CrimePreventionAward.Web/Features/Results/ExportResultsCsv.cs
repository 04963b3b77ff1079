using System.Text;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Domain.Tally;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Web;
using CsvHelper;
using MediatR;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Every recorded score, each juror's weighted mean, the tally by every method and the decision, as one CSV
/// in the shared spreadsheet dialect, UTF-8 with a BOM so Excel reads æøå; headers and row types in the reader's
/// language. Secretariat only.
/// </summary>
public static class ExportResultsCsv
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<byte[]>;

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

    public sealed class Handler(Db db, IStringLocalizer<SharedResource> l) : IRequestHandler<Query, byte[]>
    {
        public async Task<byte[]> Handle(Query q, CancellationToken ct)
        {
            await EditionFacts.LoadAsync(db, q.Year, ct);
            var data = await TallyData.LoadAsync(db, q.Year, ct);
            var nominations = data.Nominations.ToDictionary(n => n.Id);
            var jurors = data.Jurors.ToDictionary(j => j.Id, j => j.Name);
            var criteria = data.Criteria.ToDictionary(c => c.Id, c => c.Name);
            var lines = new List<Line>();

            lines.AddRange((await TallyData.ScoresAsync(db, q.Year, ct)).Where(s => nominations.ContainsKey(s.NominationId))
                .OrderBy(s => s.NominationId).ThenBy(s => s.JurorId).ThenBy(s => s.CriterionId)
                .Select(s => Make(l["Point"].Value, s.NominationId, nominations, jurors.GetValueOrDefault(s.JurorId), criteria.GetValueOrDefault(s.CriterionId), s.Value)));
            lines.AddRange(data.SheetMeans.Where(s => nominations.ContainsKey(s.NominationId))
                .OrderBy(s => s.NominationId).ThenBy(s => s.JurorId)
                .Select(s => Make(l["Vægtet gennemsnit"].Value, s.NominationId, nominations, jurors.GetValueOrDefault(s.JurorId), null, Math.Round(s.Value, 4))));
            foreach (var r in data.Result.Rows)
            {
                lines.Add(Figure(l["Gennemsnit"].Value, r.NominationId, nominations, r.Mean));
                lines.Add(Figure(l["Normaliseret gennemsnit"].Value, r.NominationId, nominations, r.Normalised));
                lines.Add(Figure(l["Borda"].Value, r.NominationId, nominations, r.Borda));
            }
            if (await db.QuerySingleOrDefaultAsync<long?>(DecisionSql, new { q.Year }, ct) is { } winner && nominations.ContainsKey(winner))
                lines.Add(Make(l["Afgørelse (Schulze)"].Value, winner, nominations));

            await using var buffer = new MemoryStream();
            await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            await using (var csv = new CsvWriter(writer, SpreadsheetCsv.Configuration()))
            {
                foreach (var header in Headers) csv.WriteField(l[header].Value);
                await csv.NextRecordAsync();
                foreach (var line in lines)
                {
                    foreach (var value in Values(line)) csv.WriteField(value);
                    await csv.NextRecordAsync();
                }
            }
            return buffer.ToArray();
        }
    }

    private static readonly string[] Headers =
        ["Type", "Reference", "Indstilling", "Jurymedlem", "Kriterium", "Værdi", "Antal bedømmelser", "Mangler", "Inhabile"];

    private static IEnumerable<string?> Values(Line x) =>
        [x.Type, x.Reference, x.Nomination, x.Juror, x.Criterion, x.Value?.ToString(DanishTime.Culture),
         x.Count?.ToString(DanishTime.Culture), x.Missing?.ToString(DanishTime.Culture), x.Conflicted?.ToString(DanishTime.Culture)];

    private static Line Make(string type, long id, IReadOnlyDictionary<long, NominationRow> n, string? juror = null, string? criterion = null, double? value = null) =>
        new() { Type = type, Reference = n[id].Reference, Nomination = n[id].DisplayName, Juror = juror, Criterion = criterion, Value = value };

    private static Line Figure(string type, long id, IReadOnlyDictionary<long, NominationRow> n, MethodFigure f) => new()
    {
        Type = type, Reference = n[id].Reference, Nomination = n[id].DisplayName,
        Value = f.Value is { } v ? Math.Round(v, 4) : null, Count = f.Count, Missing = f.Missing, Conflicted = f.Conflicted,
    };
}
