using System.Globalization;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// Saves the signed-in juror's score sheet for one nomination (a whole sheet each time; values may be left empty to
/// come back later). The juror comes from the session only. Values arrive as text, so "abc" is a field error, not a crash.
/// </summary>
public static class SaveScoreSheet
{
    [Authorise(Roles.Juror)]
    [KeepsPublicPages]
    public sealed record Command(int Year, long NominationId, IReadOnlyDictionary<string, string?> Scores, string? Comment, int? Version = null)
        : ICommand<Result>;

    public sealed record Result(long SheetId, int Version, bool Complete);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Scores).NotNull().WithMessage("Angiv point.");
            RuleFor(c => c.Comment).MaximumLength(4000).WithMessage("Kommentaren må højst have 4000 tegn.");
        }
    }

    /// <summary>A conflicted juror is refused before anything else is looked at.</summary>
    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Command>
    {
        public async Task CheckAsync(Command c, CancellationToken ct) =>
            await ConflictRules.EnsureNotConflictedAsync(db, await JuryAccess.CurrentJurorIdAsync(db, user, c.Year, clock.GetUtcNow(), ct), c.NominationId, ct);
    }

    private const string Scorable = $"""
        SELECT COUNT(*) FROM Nominations n WHERE n.Id = @NominationId AND n.Year = @Year AND {JuryBoard.Eligible}
        """;

    private const string FindSheet = "SELECT Id, Version FROM ScoreSheets WHERE JurorId = @JurorId AND NominationId = @NominationId";

    private const string InsertSheet = """
        INSERT INTO ScoreSheets (Year, JurorId, NominationId, Comment, Version, UpdatedAt)
        VALUES (@Year, @JurorId, @NominationId, @Comment, 1, @Now)
        """;

    private const string UpdateSheet = """
        UPDATE ScoreSheets SET Comment = @Comment, Version = Version + 1, UpdatedAt = @Now WHERE Id = @Id AND Version = @Version
        """;

    private const string DeleteScores = "DELETE FROM Scores WHERE ScoreSheetId = @SheetId";

    private const string InsertScore = "INSERT INTO Scores (ScoreSheetId, CriterionId, Value) VALUES (@SheetId, @CriterionId, @Value)";

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await JuryAccess.EditionAsync(db, c.Year, ct);
            var jurorId = await JuryAccess.CurrentJurorIdAsync(db, user, c.Year, clock.GetUtcNow(), ct);
            if (await db.ScalarAsync<int>(Scorable, new { c.NominationId, c.Year }, ct) == 0)
                throw new NotFoundException("Indstillingen findes ikke blandt dem, juryen bedømmer i denne prisuddeling.");
            var now = clock.GetUtcNow();
            edition.EnsureScoringOpen(now);
            var criteria = (await db.QueryAsync<CriterionView>(CriterionView.Select, new { c.Year }, ct)).ToList();
            var values = Parse(c.Scores, criteria);
            var comment = string.IsNullOrWhiteSpace(c.Comment) ? null : c.Comment.Trim();

            var sheet = await db.QuerySingleOrDefaultAsync<SheetRow>(FindSheet, new { JurorId = jurorId, c.NominationId }, ct);
            long sheetId;
            int version;
            if (sheet is null)
            {
                sheetId = await db.InsertAsync(InsertSheet, new { c.Year, JurorId = jurorId, c.NominationId, Comment = comment, Now = now }, ct);
                version = 1;
            }
            else
            {
                var expected = c.Version ?? sheet.Version;
                if (await db.ExecuteAsync(UpdateSheet, new { sheet.Id, Version = expected, Comment = comment, Now = now }, ct) != 1)
                    throw new ConflictException("Bedømmelsesarket er gemt et andet sted imens. Hent det igen, og gem dine ændringer på ny.");
                (sheetId, version) = (sheet.Id, expected + 1);
                await db.ExecuteAsync(DeleteScores, new { SheetId = sheetId }, ct);
            }
            foreach (var (criterionId, value) in values)
                await db.ExecuteAsync(InsertScore, new { SheetId = sheetId, CriterionId = criterionId, Value = value }, ct);
            return new Result(sheetId, version, criteria.Count > 0 && values.Count == criteria.Count);
        }

        private static Dictionary<long, int> Parse(IReadOnlyDictionary<string, string?> scores, List<CriterionView> criteria)
        {
            // More keys than criteria can only be made up; refused whole, before each is looked at.
            if (scores.Count > criteria.Count)
                throw FieldErrorsException.For(nameof(Command.Scores), $"Et bedømmelsesark har højst ét point pr. kriterium ({criteria.Count}).");
            var errors = new Dictionary<string, string[]>();
            var values = new Dictionary<long, int>();
            foreach (var (key, raw) in scores)
            {
                var field = $"{nameof(Command.Scores)}.{key}";
                var criterion = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? criteria.SingleOrDefault(k => k.Id == id) : null;
                if (criterion is null) { errors[field] = ["Ukendt bedømmelseskriterium."]; continue; }
                if (string.IsNullOrWhiteSpace(raw)) continue;
                if (!int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                    errors[field] = [$"{criterion.Name}: skriv et helt tal fra {criterion.ScaleMin} til {criterion.ScaleMax}."];
                else if (value < criterion.ScaleMin || value > criterion.ScaleMax)
                    errors[field] = [$"{criterion.Name}: point skal ligge fra {criterion.ScaleMin} til {criterion.ScaleMax}."];
                else values[criterion.Id] = value;
            }
            if (errors.Count > 0) throw new FieldErrorsException(errors);
            return values;
        }
    }

    private sealed class SheetRow
    {
        public long Id { get; init; }
        public int Version { get; init; }
    }
}
