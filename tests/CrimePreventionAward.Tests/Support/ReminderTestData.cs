using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// Rows owned by other slices (nominations, jurors, sheets, ballots), written straight with SQL so the reminder
/// tests do not depend on those slices' commands.
/// </summary>
public sealed class ReminderTestData(AwardFactory app)
{
    public DateTimeOffset Now => app.Clock.GetUtcNow();

    /// <summary>An edition in the given phase with the given deadlines (each later than the one before).</summary>
    public async Task EditionAsync(int year, Phase phase, DateTimeOffset nominationDeadline, DateTimeOffset scoringDeadline,
        DateTimeOffset finalVoteDeadline, DateTimeOffset ceremonyAt)
    {
        await app.SendAsSystem(new CreateEdition.Command(year, $"Den Kriminalpræventive Pris {year}", 50_000,
            nominationDeadline.AddDays(-60), nominationDeadline, scoringDeadline, finalVoteDeadline, ceremonyAt));
        if (phase != Phase.Draft) await app.SendAsSystem(new ChangePhase.Command(year, phase, "Testopsætning"));
    }

    public Task<long> NominationAsync(int year, string status, string? nominatorEmail, string? eligibility = null,
        string organisation = "Testorganisation", string nominatorOrganisation = "Indstillerorganisation") =>
        new Nomination(year)
        {
            Status = status, Eligibility = eligibility, CandidateName = "Kandidat", Title = "Projekt", Organisation = organisation,
            NominatorOrganisation = nominatorOrganisation, NominatorName = "Indstiller", NominatorEmail = nominatorEmail,
        }.InsertAsync(app.Services);

    public Task SetStatusAsync(long nominationId, string status) =>
        ExecuteAsync("UPDATE Nominations SET Status = @Status WHERE Id = @Id", new { Id = nominationId, Status = status });

    public async Task<long> JurorAsync(int year, string email, string name = "Jurymedlem", string organisation = "Jurorganisation")
    {
        var userId = await InsertAsync("INSERT INTO Users (Email, Name, Role, CreatedAt) VALUES (@Email, @Name, 'Juror', @Now)",
            new { Email = email, Name = name, Now });
        return await InsertAsync("""
            INSERT INTO Jurors (Year, UserId, Name, Email, Organisation, IsChair, InvitedAt)
            VALUES (@Year, @UserId, @Name, @Email, @Organisation, 0, @Now)
            """, new { Year = year, UserId = userId, Name = name, Email = email, Organisation = organisation, Now });
    }

    public async Task<long[]> CriteriaAsync(int year, int count)
    {
        var ids = new long[count];
        for (var i = 0; i < count; i++)
            ids[i] = await InsertAsync("""
                INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder)
                VALUES (@Year, @Name, 'Beskrivelse', 1, 1, 5, @Order)
                """, new { Year = year, Name = $"Kriterium {i + 1}", Order = i + 1 });
        return ids;
    }

    /// <summary>A score sheet with a score for each of the given criteria (fewer than all = unfinished).</summary>
    public async Task ScoreSheetAsync(int year, long jurorId, long nominationId, IEnumerable<long> criteria)
    {
        var sheet = await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long?>(
            "SELECT Id FROM ScoreSheets WHERE JurorId = @JurorId AND NominationId = @NominationId", new { JurorId = jurorId, NominationId = nominationId }))
            ?? await InsertAsync("""
                INSERT INTO ScoreSheets (Year, JurorId, NominationId, Version, UpdatedAt) VALUES (@Year, @JurorId, @NominationId, 1, @Now)
                """, new { Year = year, JurorId = jurorId, NominationId = nominationId, Now });
        foreach (var criterion in criteria)
            await ExecuteAsync("""
                INSERT INTO Scores (ScoreSheetId, CriterionId, Value)
                SELECT @Sheet, @Criterion, 4 WHERE NOT EXISTS (SELECT 1 FROM Scores WHERE ScoreSheetId = @Sheet AND CriterionId = @Criterion)
                """, new { Sheet = sheet, Criterion = criterion });
    }

    public Task ConflictAsync(int year, long jurorId, long? nominationId, string? organisation = null) =>
        ExecuteAsync("""
            INSERT INTO Conflicts (Year, JurorId, NominationId, Organisation, Reason, DeclaredBy, DeclaredAt)
            VALUES (@Year, @JurorId, @NominationId, @Organisation, 'Inhabil', 'test', @Now)
            """, new { Year = year, JurorId = jurorId, NominationId = nominationId, Organisation = organisation, Now });

    public Task BallotAsync(int year, long jurorId) =>
        ExecuteAsync("INSERT INTO Ballots (Year, JurorId, Version, CastAt) VALUES (@Year, @JurorId, 1, @Now)",
            new { Year = year, JurorId = jurorId, Now });

    /// <summary>An announcement at an explicit time (without one, a winner's follows the ceremony's start).</summary>
    public static Task AnnouncementAsync(AwardFactory app, int year, string kind, DateTimeOffset announceAt) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync(
            "INSERT INTO Announcements (Year, Kind, AnnounceAt, IsExplicit) VALUES (@Year, @Kind, @AnnounceAt, 1)",
            new { Year = year, Kind = kind, AnnounceAt = announceAt }));

    /// <summary>Outbox rows whose dedup key starts with the prefix, as "key → recipient".</summary>
    public async Task<List<string>> QueuedAsync(string keyPrefix) =>
        (await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT DedupKey FROM MailOutbox WHERE DedupKey LIKE @P ORDER BY DedupKey", new { P = keyPrefix + "%" }))).ToList();

    public async Task<List<string>> RecipientsAsync(string keyPrefix) =>
        (await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT ToAddress FROM MailOutbox WHERE DedupKey LIKE @P ORDER BY ToAddress", new { P = keyPrefix + "%" }))).ToList();

    private Task<long> InsertAsync(string sql, object args) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().InsertAsync(sql, args));

    private Task ExecuteAsync(string sql, object args) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync(sql, args));
}
