using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

/// <summary>Hangfire for real: its SQLite storage in the data folder, its server on in the "restarted" app.</summary>
public sealed class JobRestartTests
{
    private sealed class HangfireFactory : AwardFactory
    {
        public bool RunJobServer { get; init; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hangfire:Server", RunJobServer ? "true" : "false");
        }
    }

    [Fact]
    public async Task A_reminder_and_an_announcement_scheduled_before_the_app_stops_are_carried_out_after_it_starts_again()
    {
        var first = new HangfireFactory { KeepData = true, RunJobServer = false };
        var data = new ReminderTestData(first);
        var ceremonyAt = data.Now.AddDays(1);
        await Editions.Build(2150).WithDeadlines(ceremonyAt.AddDays(-100), ceremonyAt.AddDays(-60), ceremonyAt.AddDays(-20), ceremonyAt)
            .InPhase(Phase.Decided, "Testopsætning").CreateAsync(first);
        var guest = await first.SendAsSystem(new InviteGuest.Command(2150, "Genstartet Gæst", "genstart@gaest.dk", null, GuestKind.Press));
        await first.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync(
            "UPDATE Guests SET Response = 'Attending', Persons = 1 WHERE Id = @Id", new { guest.Id }));
        var key = $"reminder:ceremony:{guest.Id}:2d";
        await ReminderTestData.AnnouncementAsync(first, 2150, "Winner", data.Now.AddMinutes(-1));

        var jobs = first.Services.GetRequiredService<IBackgroundJobClient>();
        var reminderJob = jobs.Schedule<JobRunner>(j => j.SendReminders(), TimeSpan.FromSeconds(2));
        var announcementJob = jobs.Schedule<JobRunner>(j => j.PublishAnnouncements(), TimeSpan.FromSeconds(2));
        await Task.Delay(TimeSpan.FromSeconds(3)); // due while nothing runs them
        (await CountAsync(first, key)).ShouldBe(0);
        await first.DisposeAsync();

        await using var second = new HangfireFactory { DataDirectory = first.DataDirectory, RunJobServer = true };
        var storage = second.Services.GetRequiredService<JobStorage>();
        string?[] states = [null, null];
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(30) && states.Any(s => s != "Succeeded"); waited += TimeSpan.FromMilliseconds(250))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            using var connection = storage.GetConnection();
            states = [connection.GetStateData(reminderJob)?.Name, connection.GetStateData(announcementJob)?.Name];
        }
        states.ShouldBe(["Succeeded", "Succeeded"]);
        (await CountAsync(second, key)).ShouldBe(1);
        (await second.SendAsSystem(new Web.Features.Editions.GetEdition.Query(2150))).Phase.ShouldBe(Phase.Announced);
    }

    private static Task<long> CountAsync(AwardFactory app, string key) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>("SELECT COUNT(*) FROM MailOutbox WHERE DedupKey = @Key", new { Key = key }));
}
