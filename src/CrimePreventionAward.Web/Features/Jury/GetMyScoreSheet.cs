using System.Text.Json.Serialization;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>One nomination's full text with the signed-in juror's own sheet for it (empty the first time).</summary>
public static class GetMyScoreSheet
{
    [Authorise(Roles.Juror)]
    public sealed record Query(int Year, long NominationId) : IQuery<Result>;

    public sealed record Result(NominationText Nomination, IReadOnlyList<CriterionScore> Criteria, string? Comment, int Version,
        bool Editable, DateTimeOffset ScoringDeadline, IReadOnlyList<AttachmentLink> Attachments);

    public sealed record AttachmentLink(long Id, string FileName, long SizeBytes);

    public sealed record CriterionScore(long Id, string Name, string Description, double Weight, int ScaleMin, int ScaleMax, int? Value,
        string AnchorLow, string AnchorMid, string AnchorHigh);

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public async Task CheckAsync(Query q, CancellationToken ct) =>
            await ConflictRules.EnsureNotConflictedAsync(db, await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct), q.NominationId, ct);
    }

    private const string Sheet = "SELECT Id, Comment, Version FROM ScoreSheets WHERE JurorId = @JurorId AND NominationId = @NominationId";

    private const string Values = "SELECT CriterionId, Value FROM Scores WHERE ScoreSheetId = @SheetId";

    private const string AttachmentNames = "SELECT Id, FileName, SizeBytes FROM NominationAttachments WHERE NominationId = @NominationId ORDER BY Id";

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var edition = await JuryAccess.EditionAsync(db, q.Year, ct);
            var jurorId = await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct);
            var nomination = await NominationText.EligibleAsync(db, q.Year, q.NominationId, ct);
            var criteria = await db.QueryAsync<CriterionView>(CriterionView.Select, new { q.Year }, ct);
            var sheet = await db.QuerySingleOrDefaultAsync<SheetRow>(Sheet, new { JurorId = jurorId, q.NominationId }, ct);
            var values = sheet is null ? new Dictionary<long, int>()
                : (await db.QueryAsync<ValueRow>(Values, new { SheetId = sheet.Id }, ct)).ToDictionary(v => v.CriterionId, v => v.Value);
            var attachments = (await db.QueryAsync<AttachmentRow>(AttachmentNames, new { q.NominationId }, ct))
                .Select(a => new AttachmentLink(a.Id, a.FileName, a.SizeBytes)).ToList();
            return new Result(nomination,
                criteria.Select(k => new CriterionScore(k.Id, k.Name, k.Description, k.Weight, k.ScaleMin, k.ScaleMax,
                    values.TryGetValue(k.Id, out var v) ? v : null, k.AnchorLow, k.AnchorMid, k.AnchorHigh)).ToList(),
                sheet?.Comment, sheet?.Version ?? 0, edition.ScoringOpen(clock.GetUtcNow()), edition.ScoringDeadline, attachments);
        }
    }

    private sealed class SheetRow
    {
        public long Id { get; init; }
        public string? Comment { get; init; }
        public int Version { get; init; }
    }

    private sealed class AttachmentRow
    {
        public long Id { get; init; }
        public string FileName { get; init; } = "";
        public long SizeBytes { get; init; }
    }

    private sealed class ValueRow
    {
        public long CriterionId { get; init; }
        public int Value { get; init; }
    }
}

/// <summary>A nomination's full text as the jury reads it: the fields <see cref="NominationForm.Field.ToJury"/> marks
/// (no nominator contact details).</summary>
public sealed class NominationText
{
    private static readonly IReadOnlyList<NominationForm.Field> Read = NominationForm.Fields.Where(f => f.ToJury).ToList();

    static NominationText() => FieldProperties<NominationText>.Require(Read);

    private static readonly string Columns = string.Join(", ", new[] { "Id", "Year", "Reference" }.Concat(Read.Select(f => f.Column)).Select(c => "n." + c));

    private static readonly string Select = $"""
        SELECT {Columns}
        FROM Nominations n WHERE n.Id = @NominationId AND n.Year = @Year AND {JuryBoard.Eligible}
        """;

    /// <summary>Every nomination the jury scores in an edition, in the order of the jury's list.</summary>
    public static readonly string SelectEligible = $"""
        SELECT {Columns}
        FROM Nominations n WHERE n.Year = @Year AND {JuryBoard.Eligible} ORDER BY n.SequenceNo, n.Id
        """;

    public long Id { get; init; }
    public int Year { get; init; }
    public string? Reference { get; init; }
    public string? CandidateKind { get; init; }
    public string? CandidateName { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public string? Municipality { get; init; }
    public string? PoliceDistrict { get; init; }
    public string? Description { get; init; }
    public string? DocumentedEffect { get; init; }
    public string? Partners { get; init; }
    public string? Motivation { get; init; }
    public string? NominatorOrganisation { get; init; }

    /// <summary>The short facts (label key, value) the jury reads first; the page and the jury pack show the same.</summary>
    /// <remarks>Not in the API: the fields are there by name, and tuples would be written as empty objects.</remarks>
    [JsonIgnore]
    public IEnumerable<(string Label, string? Value)> Facts =>
        Read.Where(f => f is { JuryLabel: not null, IsText: false }).Select(f => (f.JuryLabel!, Value(f))).Prepend(("Reference", Reference));

    /// <summary>The long texts (heading key, text) the jury reads.</summary>
    [JsonIgnore]
    public IEnumerable<(string Heading, string? Text)> Texts =>
        Read.Where(f => f is { JuryLabel: not null, IsText: true }).Select(f => (f.JuryLabel!, Value(f)));

    private string? Value(NominationForm.Field field) => FieldProperties<NominationText>.Get(this, field.Name);

    public static async Task<NominationText> EligibleAsync(Db db, int year, long nominationId, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<NominationText>(Select, new { Year = year, NominationId = nominationId }, ct)
        ?? throw new NotFoundException("Indstillingen findes ikke blandt dem, juryen bedømmer i denne prisuddeling.");
}
