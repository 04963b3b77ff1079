using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

public sealed class AnnouncementJobTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private readonly ReminderTestData data = new(app);

    private sealed class Row
    {
        public DateTimeOffset? PublishedAt { get; init; }
    }

    private async Task<DateTimeOffset?> PublishedAtAsync(int year, string kind) => (await app.WithScope(sp => sp.GetRequiredService<Db>()
        .QuerySingleOrDefaultAsync<Row>("SELECT PublishedAt FROM Announcements WHERE Year = @Year AND Kind = @Kind", new { Year = year, Kind = kind })))!.PublishedAt;

    [Fact]
    public async Task Announcements_are_published_at_their_time_and_the_winners_moves_the_edition_to_Announced_once()
    {
        var ceremony = data.Now.AddDays(3);
        await Editions.Build(2111).WithDeadlines(ceremony.AddDays(-100), ceremony.AddDays(-60), ceremony.AddDays(-20), ceremony)
            .InPhase(Phase.Decided, "Testopsætning").CreateAsync(app);
        await ReminderTestData.AnnouncementAsync(app, 2111, "Shortlist", data.Now.AddDays(1));
        await ReminderTestData.AnnouncementAsync(app, 2111, "Winner", ceremony);

        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        (await PublishedAtAsync(2111, "Shortlist")).ShouldBeNull();

        app.Clock.SetUtcNow(data.Now.AddDays(1).AddMinutes(1));
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        (await PublishedAtAsync(2111, "Shortlist")).ShouldNotBeNull();
        (await PublishedAtAsync(2111, "Winner")).ShouldBeNull();
        (await app.SendAsSystem(new GetEdition.Query(2111))).Phase.ShouldBe(Phase.Decided);

        app.Clock.SetUtcNow(ceremony.AddDays(1)); // a day late: still published, once
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        (await PublishedAtAsync(2111, "Winner")).ShouldBe(ceremony.AddDays(1));
        (await app.SendAsSystem(new GetEdition.Query(2111))).Phase.ShouldBe(Phase.Announced);
        (await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(
            "SELECT COUNT(*) FROM PhaseChanges WHERE Year = 2111 AND ToPhase = 'Announced' AND ChangedBy = 'system'"))).ShouldBe(1);
    }
}
