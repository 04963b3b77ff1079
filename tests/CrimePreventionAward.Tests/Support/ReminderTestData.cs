using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// What the reminder, mail and job tests read or set beside the builders: the clock, a nomination's status, an explicit
/// announcement and the outbox's queued rows.
/// </summary>
public sealed class ReminderTestData(AwardFactory app)
{
    public DateTimeOffset Now => app.Clock.GetUtcNow();

    public Task SetStatusAsync(long nominationId, string status) =>
        ExecuteAsync("UPDATE Nominations SET Status = @Status WHERE Id = @Id", new { Id = nominationId, Status = status });

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

    private Task ExecuteAsync(string sql, object args) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync(sql, args));
}
