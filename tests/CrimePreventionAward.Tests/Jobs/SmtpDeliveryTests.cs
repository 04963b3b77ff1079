using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

public sealed class SmtpDeliveryTests(SmtpDeliveryTests.Factory app) : IClassFixture<SmtpDeliveryTests.Factory>
{
    public const int MaxAttempts = SmtpAwardFactory.MaxAttempts;

    public sealed class Factory : SmtpAwardFactory;

    private sealed class Row
    {
        public string Status { get; init; } = "";
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset? SentAt { get; init; }
    }

    private Task<Row?> RowAsync(string key) => app.WithScope(sp => sp.GetRequiredService<Db>().QuerySingleOrDefaultAsync<Row>(
        "SELECT Status, Attempts, LastError, SentAt FROM MailOutbox WHERE DedupKey = @Key", new { Key = key }));

    private Task QueueAsync(string to, string subject, string key) =>
        app.SendAsSystem(new QueueReminder.Command(new OutgoingMail(to, "Modtager Æblegård", subject, "Kære modtager\n\nMed venlig hilsen — Sekretariatet", key)));

    [Fact]
    public async Task Queued_mail_is_delivered_over_real_SMTP_once()
    {
        app.Smtp.Refuse = false;
        await QueueAsync("en@smtp.dk", "Første besked om prisen", "smtp:ok:1");
        await QueueAsync("to@smtp.dk", "Anden besked om prisen", "smtp:ok:2");

        await app.SendAsSystem(new DeliverOutbox.Command());
        await app.SendAsSystem(new DeliverOutbox.Command());

        var received = app.Smtp.Received.Where(m => m.Subject?.EndsWith("besked om prisen") == true).ToList();
        received.Select(m => m.Subject).ShouldBe(["Første besked om prisen", "Anden besked om prisen"], ignoreOrder: true);
        received.Single(m => m.Subject!.StartsWith("Første")).To.Mailboxes.Single().Address.ShouldBe("en@smtp.dk");
        received.Single(m => m.Subject!.StartsWith("Første")).To.Mailboxes.Single().Name.ShouldBe("Modtager Æblegård");
        received.First().TextBody!.ShouldContain("Med venlig hilsen — Sekretariatet");
        received.First().From.Mailboxes.Single().Address.ShouldBe("pris@dkr.dk");
        (await RowAsync("smtp:ok:1"))!.Status.ShouldBe("Sent");
        (await RowAsync("smtp:ok:2"))!.SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_refusing_server_is_retried_with_backoff_and_the_message_is_then_marked_failed_and_shown_to_the_secretariat()
    {
        app.Smtp.Refuse = true;
        await QueueAsync("afvist@smtp.dk", "Afvist besked", "smtp:refused");

        await app.SendAsSystem(new DeliverOutbox.Command());
        var first = (await RowAsync("smtp:refused"))!;
        first.Status.ShouldBe("Pending");
        first.Attempts.ShouldBe(1);
        first.LastError.ShouldNotBeNull().ShouldContain("Refused by the test server");

        // Not due again before the back-off (1 minute after the first failure, then 2).
        await app.SendAsSystem(new DeliverOutbox.Command());
        (await RowAsync("smtp:refused"))!.Attempts.ShouldBe(1);
        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await app.SendAsSystem(new DeliverOutbox.Command());
        (await RowAsync("smtp:refused"))!.Attempts.ShouldBe(2);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.SendAsSystem(new DeliverOutbox.Command());
        (await RowAsync("smtp:refused"))!.Attempts.ShouldBe(2);
        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await app.SendAsSystem(new DeliverOutbox.Command());

        var failed = (await RowAsync("smtp:refused"))!;
        failed.Attempts.ShouldBe(MaxAttempts);
        failed.Status.ShouldBe("Failed");
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.SendAsSystem(new DeliverOutbox.Command());
        (await RowAsync("smtp:refused"))!.Attempts.ShouldBe(MaxAttempts);
        app.Smtp.Received.ShouldNotContain(m => m.Subject == "Afvist besked");

        var admin = await app.SecretariatAsync();
        var page = await admin.GetStringAsync("/sekretariat/post?status=Failed");
        page.ShouldContain("afvist@smtp.dk");
        page.ShouldContain("Kunne ikke sendes");
        page.ShouldContain("Refused by the test server");
        (await app.Client().GetAsync("/sekretariat/post")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Once the receiving side is fixed, the secretariat sends it again.
        app.Smtp.Refuse = false;
        var id = await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>("SELECT Id FROM MailOutbox WHERE DedupKey = 'smtp:refused'"));
        await app.SendAsSystem(new RetryMail.Command(id));
        await app.SendAsSystem(new DeliverOutbox.Command());
        (await RowAsync("smtp:refused"))!.Status.ShouldBe("Sent");
        app.Smtp.Received.ShouldContain(m => m.Subject == "Afvist besked");
    }
}
