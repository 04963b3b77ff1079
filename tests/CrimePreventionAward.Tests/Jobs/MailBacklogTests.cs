using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

/// <summary>A delivery run after a busy evening: it reads the messages it will send, not the whole backlog.</summary>
public sealed class MailBacklogTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task A_delivery_run_reads_only_the_oldest_messages_it_takes_on_and_one_more()
    {
        for (var i = 1; i <= 40; i++)
            await app.SendAsSystem(new QueueReminder.Command(
                new OutgoingMail($"kø{i}@test.dk", "Modtager", $"Kø {i}", "Kære modtager", $"backlog:{i}")));

        var due = await app.WithScope(sp => DeliverOutbox.DueAsync(sp.GetRequiredService<Db>(), app.Clock.GetUtcNow(), 5, CancellationToken.None));

        due.Count.ShouldBe(6);
        due.Select(r => r.DedupKey).ShouldBe(Enumerable.Range(1, 6).Select(i => $"backlog:{i}"));
    }
}
