using System.Diagnostics;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

public sealed class MailExactlyOnceTests(MailExactlyOnceTests.Factory app) : IClassFixture<MailExactlyOnceTests.Factory>
{
    public sealed class Factory : SmtpAwardFactory;

    private Task QueueAsync(string subject) =>
        app.SendAsSystem(new QueueReminder.Command(new OutgoingMail("modtager@smtp.dk", "Modtager", subject, "Kære modtager", $"once:{subject}")));

    private Task<string> StatusAsync(string subject) => app.WithScope(async sp =>
        (await sp.GetRequiredService<Db>().ScalarAsync<string>("SELECT Status FROM MailOutbox WHERE DedupKey = @Key", new { Key = $"once:{subject}" }))!);

    private List<MimeKit.MimeMessage> Received(string prefix) =>
        app.Smtp.Received.Where(m => m.Subject?.StartsWith(prefix, StringComparison.Ordinal) == true).ToList();

    private async Task<DeliverOutbox.Result> DeliverAsync(CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return await CurrentUser.AsSystem(() => mediator.Send(new DeliverOutbox.Command(), ct));
    }

    [Fact]
    public async Task Two_delivery_runs_started_together_against_a_slow_server_send_each_message_once()
    {
        var subjects = Enumerable.Range(1, 6).Select(i => $"Samtidig {i}").ToList();
        foreach (var subject in subjects) await QueueAsync(subject);
        app.Smtp.Delay = TimeSpan.FromMilliseconds(300);
        try
        {
            var runs = await Task.WhenAll(DeliverAsync(), DeliverAsync());
            runs.Sum(r => r.Sent).ShouldBe(subjects.Count);
        }
        finally { app.Smtp.Delay = TimeSpan.Zero; }

        var received = Received("Samtidig ");
        received.Select(m => m.Subject).ShouldBe(subjects, ignoreOrder: true);
        received.Select(m => m.MessageId).Distinct().Count().ShouldBe(subjects.Count);
        foreach (var subject in subjects) (await StatusAsync(subject)).ShouldBe("Sent");
    }

    [Fact]
    public async Task A_run_killed_after_the_server_accepted_a_message_repeats_only_that_message_with_the_same_Message_Id()
    {
        foreach (var subject in new[] { "Afbrudt A", "Afbrudt B", "Afbrudt C" }) await QueueAsync(subject);
        using var kill = new CancellationTokenSource();
        // The server has stored B and the run dies while it waits for the server's "accepted".
        app.Smtp.Stored = m => { if (m.Subject == "Afbrudt B") kill.Cancel(); };
        app.Smtp.Delay = TimeSpan.FromMilliseconds(500);
        Exception? died = null;
        try { await DeliverAsync(kill.Token); }
        catch (Exception e) { died = e; }
        finally
        {
            app.Smtp.Stored = null;
            app.Smtp.Delay = TimeSpan.Zero;
        }
        died.ShouldBeAssignableTo<OperationCanceledException>();
        (await StatusAsync("Afbrudt A")).ShouldBe("Sent");
        (await StatusAsync("Afbrudt B")).ShouldBe("Sending");

        // The next run leaves the dead run's claim alone until it expires…
        await DeliverAsync();
        Received("Afbrudt ").Select(m => m.Subject).ShouldBe(["Afbrudt A", "Afbrudt B", "Afbrudt C"], ignoreOrder: true);
        (await StatusAsync("Afbrudt B")).ShouldBe("Sending");

        // …then sends that one message again, as the same message.
        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await DeliverAsync();
        await DeliverAsync();
        var received = Received("Afbrudt ");
        received.Count(m => m.Subject == "Afbrudt A").ShouldBe(1);
        received.Count(m => m.Subject == "Afbrudt C").ShouldBe(1);
        var b = received.Where(m => m.Subject == "Afbrudt B").ToList();
        b.Count.ShouldBe(2);
        b[1].MessageId.ShouldBe(b[0].MessageId);
        (await StatusAsync("Afbrudt B")).ShouldBe("Sent");
    }
}

public sealed class MailAtOnceTests
{
    [Fact]
    public async Task Mail_leaves_right_after_its_change_commits_without_waiting_for_the_minutely_job()
    {
        await using var app = new SmtpAwardFactory { SendMailAtOnce = true };
        await app.SendAsSystem(new QueueReminder.Command(new OutgoingMail("varm@smtp.dk", "Modtager", "Opvarmning", "Kære modtager", "atonce:0")));
        var watch = Stopwatch.StartNew();
        await app.SendAsSystem(new QueueReminder.Command(new OutgoingMail("straks@smtp.dk", "Modtager", "Straks", "Kære modtager", "atonce:1")));

        // No job runs in the test host: only the commit's own signal can have sent it (the latency target is benchmarked).
        while (!app.Smtp.Received.Any(m => m.Subject == "Straks") && watch.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(20);

        app.Smtp.Received.Count(m => m.Subject == "Straks").ShouldBe(1);
    }
}
