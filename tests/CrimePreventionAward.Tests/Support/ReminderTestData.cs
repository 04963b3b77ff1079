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
        await Editions.Build(year).WithDeadlines(nominationDeadline, scoringDeadline, finalVoteDeadline, ceremonyAt)
            .InPhase(phase, "Testopsætning").CreateAsync(app);
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

    public Task<long> JurorAsync(int year, string email, string name = "Jurymedlem", string organisation = "Jurorganisation") =>
        Jurors.Build(year, name).WithEmail(email).From(organisation).SeatAsync(app);

    public async Task<long[]> CriteriaAsync(int year, int count)
    {
        var ids = new long[count];
        for (var i = 0; i < count; i++)
            ids[i] = await JuryRows.CriterionAsync(app, year, $"Kriterium {i + 1}", i + 1, description: "Beskrivelse");
        return ids;
    }

    /// <summary>A score sheet with a score for each of the given criteria (fewer than all = unfinished).</summary>
    public Task ScoreSheetAsync(int year, long jurorId, long nominationId, IEnumerable<long> criteria) =>
        JuryRows.ScoreAsync(app, year, jurorId, nominationId, criteria.Select(c => (c, 4)));

    public Task ConflictAsync(int year, long jurorId, long? nominationId, string? organisation = null) =>
        JuryRows.ConflictAsync(app, year, jurorId, nominationId, "Inhabil", organisation);

    public Task BallotAsync(int year, long jurorId) => Ballots.RecordedAsync(app, year, jurorId);

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
