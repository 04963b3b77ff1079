using System.Globalization;
using System.Text;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Web;
using CsvHelper;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>An edition's nominations as CSV for Excel (semicolons, UTF-8 with BOM; formulas neutralised).</summary>
public static class ExportNominationsCsv
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<byte[]>;

    private static readonly string Select = $"""
        SELECT {NominationView.Columns} FROM Nominations n JOIN Editions e ON e.Year = n.Year
        WHERE n.Year = @Year ORDER BY CASE WHEN n.SequenceNo IS NULL THEN 1 ELSE 0 END, n.SequenceNo, n.Id
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, byte[]>
    {
        public async Task<byte[]> Handle(Query q, CancellationToken ct)
        {
            var rows = await db.QueryAsync<NominationView>(Select, new { q.Year }, ct);
            var config = SpreadsheetCsv.Configuration();
            await using var buffer = new MemoryStream();
            await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            await using (var csv = new CsvWriter(writer, config))
            {
                foreach (var header in Headers) csv.WriteField(header);
                await csv.NextRecordAsync();
                foreach (var n in rows)
                {
                    foreach (var value in Values(n)) csv.WriteField(value);
                    await csv.NextRecordAsync();
                }
            }
            return buffer.ToArray();
        }
    }

    private static readonly IReadOnlyList<NominationForm.Field> Csv = NominationForm.Fields.Where(f => f.CsvHeader is not null).ToList();

    private static readonly string[] Headers =
    [
        "Reference", "Status", "Indsendt", .. Csv.Select(f => f.CsvHeader!),
        "Samtykke", "Indstillet før", "Screening", "Screeningsbegrundelse",
    ];

    private static IEnumerable<string?> Values(NominationView n) =>
    [
        n.Reference, NominationStatus.Danish(n.Status), n.SubmittedAt is { } at ? DanishTime.Format(at) : null,
        .. Csv.Select(f => n.Value(f.Name)),
        n.ConsentGiven ? "Ja" : "Nej", n.PreviouslyNominatedYear?.ToString(CultureInfo.InvariantCulture),
        n.Eligibility switch { "Eligible" => "Opfylder kriterierne", "Ineligible" => "Opfylder ikke kriterierne", _ => null },
        n.EligibilityReason,
    ];
}
