using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// Criteria, conflicts and scores written straight into the tables: the jury slice's commands make them under its
/// own rules (phase, signed-in juror), while the tally, results and reminders only read what they leave behind.
/// </summary>
public static class JuryRows
{
    public static Task<long> CriterionAsync(AwardFactory app, int year, string name, int sortOrder, double weight = 1, string description = "") =>
        WithDb(app, db => db.InsertAsync("""
            INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder)
            VALUES (@Year, @Name, @Description, @Weight, 1, 5, @SortOrder)
            """, new { Year = year, Name = name, Description = description, Weight = weight, SortOrder = sortOrder }));

    /// <summary>A conflict on one nomination or, with <paramref name="organisation"/>, on everything from it.</summary>
    public static Task ConflictAsync(AwardFactory app, int year, long jurorId, long? nominationId, string reason, string? organisation = null) =>
        WithDb(app, db => db.ExecuteAsync("""
            INSERT INTO Conflicts (Year, JurorId, NominationId, Organisation, Reason, DeclaredBy, DeclaredAt)
            VALUES (@Year, @JurorId, @NominationId, @Organisation, @Reason, 'test', @Now)
            """, new { Year = year, JurorId = jurorId, NominationId = nominationId, Organisation = organisation, Reason = reason, Now = app.Clock.GetUtcNow() }));

    /// <summary>The juror's sheet for the nomination (made when missing) with the given scores; a criterion scored already keeps its score.</summary>
    public static Task ScoreAsync(AwardFactory app, int year, long jurorId, long nominationId, IEnumerable<(long Criterion, int Value)> scores) =>
        WithDb(app, async db =>
        {
            var sheet = await db.ScalarAsync<long?>("SELECT Id FROM ScoreSheets WHERE JurorId = @JurorId AND NominationId = @NominationId",
                    new { JurorId = jurorId, NominationId = nominationId })
                ?? await db.InsertAsync("""
                    INSERT INTO ScoreSheets (Year, JurorId, NominationId, Comment, Version, UpdatedAt)
                    VALUES (@Year, @JurorId, @NominationId, NULL, 1, @Now)
                    """, new { Year = year, JurorId = jurorId, NominationId = nominationId, Now = app.Clock.GetUtcNow() });
            foreach (var (criterion, value) in scores)
                await db.ExecuteAsync("""
                    INSERT INTO Scores (ScoreSheetId, CriterionId, Value)
                    SELECT @Sheet, @Criterion, @Value WHERE NOT EXISTS (SELECT 1 FROM Scores WHERE ScoreSheetId = @Sheet AND CriterionId = @Criterion)
                    """, new { Sheet = sheet, Criterion = criterion, Value = value });
            return sheet;
        });

    private static Task<T> WithDb<T>(AwardFactory app, Func<Db, Task<T>> work) => app.WithScope(sp => work(sp.GetRequiredService<Db>()));
}
