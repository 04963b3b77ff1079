using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// Jurors, criteria, nominations, conflicts and score sheets written straight into the database: the commands that
/// make them belong to other slices, and the results only read what they leave behind.
/// </summary>
public static class ResultsTestData
{
    public const string JurorPassword = "Jury-Test-Adgang-1";

    /// <summary>Deadlines around the factory's "now" (25 November 2026 09:00 UTC): scoring closed, final vote open until 1 December.</summary>
    public static readonly DateTimeOffset FinalVoteDeadline = new(2026, 12, 1, 22, 59, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset CeremonyAt = new(2026, 12, 10, 13, 0, 0, TimeSpan.Zero);

    public static async Task CreateEditionAsync(AwardFactory app, int year, Phase phase = Phase.Scoring)
    {
        await app.SendAsSystem(new CreateEdition.Command(year, $"Den Kriminalpræventive Pris {year}", 50_000,
            new DateTimeOffset(2026, 8, 1, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 1, 21, 59, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 20, 22, 59, 0, TimeSpan.Zero), FinalVoteDeadline, CeremonyAt));
        if (phase != Phase.Draft) await MoveAsync(app, year, phase);
    }

    public static Task MoveAsync(AwardFactory app, int year, Phase phase) =>
        app.SendAsSystem(new ChangePhase.Command(year, phase, "Testdata"));

    public static Task<long> AddJurorAsync(AwardFactory app, int year, string name, string email, bool isChair = false, string organisation = "Testorganisation") =>
        WithDb(app, async db =>
        {
            var now = app.Clock.GetUtcNow();
            var userId = await db.ScalarAsync<long?>("SELECT Id FROM Users WHERE Email = @Email", new { Email = email })
                ?? await db.InsertAsync("INSERT INTO Users (Email, Name, Role, PasswordHash, CreatedAt) VALUES (@Email, @Name, 'Juror', @Hash, @Now)",
                    new { Email = email, Name = name, Hash = SignIn.Hash(email, JurorPassword), Now = now });
            return await db.InsertAsync("""
                INSERT INTO Jurors (Year, UserId, Name, Email, Organisation, IsChair, InvitedAt)
                VALUES (@Year, @UserId, @Name, @Email, @Organisation, @IsChair, @Now)
                """, new { Year = year, UserId = userId, Name = name, Email = email, Organisation = organisation, IsChair = isChair, Now = now });
        });

    /// <summary>The five suggested criteria on a 1–5 scale; documented effect weighs double.</summary>
    public static Task<IReadOnlyList<long>> AddCriteriaAsync(AwardFactory app, int year) => WithDb<IReadOnlyList<long>>(app, async db =>
    {
        string[] names = ["Kriminalpræventiv effekt", "Nytænkning", "Forankring", "Overførbarhed", "Samarbejde"];
        var ids = new List<long>();
        for (var i = 0; i < names.Length; i++)
            ids.Add(await db.InsertAsync("""
                INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder)
                VALUES (@Year, @Name, '', @Weight, 1, 5, @SortOrder)
                """, new { Year = year, Name = names[i], Weight = i == 0 ? 2.0 : 1.0, SortOrder = i + 1 }));
        return ids;
    });

    private static int sequence;

    public static Task<long> AddNominationAsync(AwardFactory app, int year, string title, string candidate, string organisation) =>
        WithDb(app, db =>
        {
            var no = Interlocked.Increment(ref sequence);
            var now = app.Clock.GetUtcNow();
            return db.InsertAsync("""
                INSERT INTO Nominations (Year, Status, SequenceNo, Reference, EditTokenHash, CandidateKind, CandidateName, Title,
                    CandidateNameKey, TitleKey, Organisation, Description, NominatorOrganisation, NominatorName, NominatorEmail, ConsentGiven, Eligibility,
                    Version, CreatedAt, UpdatedAt, SubmittedAt)
                VALUES (@Year, 'Submitted', @No, @Reference, 'test-token-hash', 'Project', @Candidate, @Title, LOWER(@Candidate), LOWER(@Title),
                    @Organisation, 'Beskrivelse', @Organisation, 'Indstiller', 'indstiller@test.dk', 1, 'Eligible',
                    1, @Now, @Now, @Now)
                """, new { Year = year, No = no, Reference = $"KP-{year}-{no:000}", Candidate = candidate, Title = title, Organisation = organisation, Now = now });
        });

    public static Task ConflictAsync(AwardFactory app, int year, long jurorId, long nominationId) => WithDb(app, db =>
        db.ExecuteAsync("""
            INSERT INTO Conflicts (Year, JurorId, NominationId, Organisation, Reason, DeclaredBy, DeclaredAt)
            VALUES (@Year, @JurorId, @NominationId, NULL, 'Ansat i organisationen', 'test', @Now)
            """, new { Year = year, JurorId = jurorId, NominationId = nominationId, Now = app.Clock.GetUtcNow() }));

    /// <summary>One score sheet: values[i] for criteria[i]; a null value leaves that criterion unscored.</summary>
    public static Task ScoreAsync(AwardFactory app, int year, long jurorId, long nominationId, IReadOnlyList<long> criteria, params int?[] values) =>
        WithDb(app, async db =>
        {
            var sheet = await db.InsertAsync("""
                INSERT INTO ScoreSheets (Year, JurorId, NominationId, Comment, Version, UpdatedAt)
                VALUES (@Year, @JurorId, @NominationId, NULL, 1, @Now)
                """, new { Year = year, JurorId = jurorId, NominationId = nominationId, Now = app.Clock.GetUtcNow() });
            for (var i = 0; i < criteria.Count; i++)
                if (values[i] is { } v)
                    await db.ExecuteAsync("INSERT INTO Scores (ScoreSheetId, CriterionId, Value) VALUES (@Sheet, @Criterion, @Value)",
                        new { Sheet = sheet, Criterion = criteria[i], Value = v });
            return 0;
        });

    public static Task<T> WithDb<T>(AwardFactory app, Func<Db, Task<T>> work) =>
        app.WithScope(sp => work(sp.GetRequiredService<Db>()));

    private static Task WithDb(AwardFactory app, Func<Db, Task<int>> work) => app.WithScope(sp => work(sp.GetRequiredService<Db>()));
}
