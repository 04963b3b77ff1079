using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Mail;
using MimeKit;

namespace CrimePreventionAward.Tests.Mail;

public sealed class RecipientLanguageTests(RecipientLanguageTests.Factory app) : IClassFixture<RecipientLanguageTests.Factory>
{
    public sealed class Factory : SmtpAwardFactory;

    private readonly ReminderTestData data = new(app);

    private async Task<IReadOnlyList<MimeMessage>> ReceivedByAsync(string address)
    {
        await app.SendAsSystem(new DeliverOutbox.Command(int.MaxValue));
        return app.Smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == address)).ToList();
    }

    private static string Text(MimeMessage mail) => (mail.TextBody ?? "").ReplaceLineEndings("\n").TrimEnd();

    [Fact]
    public async Task A_juror_invited_in_English_gets_the_invitation_and_the_vote_open_mail_in_English()
    {
        var now = data.Now;
        await Editions.Build(2151).WithDeadlines(now.AddDays(-60), now.AddDays(-30), now.AddDays(10), now.AddDays(20))
            .InPhase(Phase.Shortlisted, "Testopsætning").CreateAsync(app);
        var admin = app.Client();
        await admin.SignInAsync();

        var posted = await admin.PostFormAsync("/sekretariat/2151/jury?handler=Invite", new()
        {
            ["Invite.Name"] = "Jane Smith", ["Invite.Email"] = "jane@jury.test", ["Invite.Organisation"] = "Europol", ["Invite.Language"] = "en",
        });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        await app.SendAsSystem(new ChangePhase.Command(2151, Phase.FinalVote, null));

        var mails = await ReceivedByAsync("jane@jury.test");
        mails.Count.ShouldBe(2);
        var invitation = mails.Single(m => m.Subject == "Invitation to the jury for Den Kriminalpræventive Pris 2151");
        Text(invitation).ShouldStartWith("Dear Jane Smith\n\nYou are invited to serve as a member of the jury for Den Kriminalpræventive Pris 2151.");
        Text(invitation).ShouldEndWith(MailTemplates.EnglishSignature);
        var voteOpen = mails.Single(m => m.Subject == "The vote on the winner of Den Kriminalpræventive Pris 2151 is open");
        Text(voteOpen).ShouldStartWith("Dear Jane Smith");
        Text(voteOpen).ShouldContain("The vote ends ");
        Text(voteOpen).ShouldContain("(Danish time)");
        Text(voteOpen).ShouldContain("/jury/2151/afstemning");
        Text(voteOpen).ShouldEndWith(MailTemplates.EnglishSignature);
        (Text(invitation) + Text(voteOpen)).ShouldNotContain("Kære");
    }

    [Fact]
    public async Task A_juror_invited_over_the_API_without_a_language_hears_in_Danish_and_an_unknown_language_is_refused()
    {
        var now = data.Now;
        await Editions.Build(2152).WithDeadlines(now.AddDays(-60), now.AddDays(10), now.AddDays(20), now.AddDays(30))
            .InPhase(Phase.Scoring, "Testopsætning").CreateAsync(app);
        var admin = app.Client();
        await admin.SignInAsync();

        (await admin.PostAsJsonAsync("/api/editions/2152/jurors", new { name = "Jens Jensen", email = "jens@jury.test", organisation = "Politiet" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var refused = await admin.PostAsJsonAsync("/api/editions/2152/jurors",
            new { name = "Pierre", email = "pierre@jury.test", organisation = "Police", language = "fr" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemAsync()).GetProperty("errors").GetProperty("language")[0].GetString().ShouldBe("Vælg dansk eller engelsk.");
        var invitation = (await ReceivedByAsync("jens@jury.test")).ShouldHaveSingleItem();
        invitation.Subject.ShouldBe("Invitation til juryen for Den Kriminalpræventive Pris 2152");
        Text(invitation).ShouldStartWith("Kære Jens Jensen\n\nDu er inviteret som jurymedlem for Den Kriminalpræventive Pris 2152.");
        Text(invitation).ShouldEndWith(MailTemplates.Signature);
    }

    [Fact]
    public async Task A_Danish_guest_is_invited_in_Danish_and_an_English_guest_is_reminded_of_the_ceremony_in_English()
    {
        var at = DanishTime.FromLocal(DanishTime.ToLocal(data.Now).Date.AddDays(20).AddHours(14));
        await Editions.Build(2153).WithDeadlines(at.AddDays(-100), at.AddDays(-60), at.AddDays(-20), at)
            .InPhase(Phase.Decided, "Testopsætning").CreateAsync(app);
        await app.SendAsSystem(new Web.Features.Ceremony.SaveCeremony.Command(2153, at, "Eigtveds Pakhus", "Asiatisk Plads 2", "Justitsministeren", 50_000, [], 0));
        var admin = app.Client();
        await admin.SignInAsync();

        (await admin.PostFormAsync("/sekretariat/2153/prisoverraekkelse?handler=Invite", new()
        {
            ["Guest.Name"] = "Nick Hækkerup", ["Guest.Email"] = "minister@jm.test", ["Guest.Kind"] = "Presenter", ["Guest.Language"] = "da",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostAsJsonAsync("/api/editions/2153/guests", new { name = "John Guest", email = "john@guest.test", kind = "Other", language = "en" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var danish = (await ReceivedByAsync("minister@jm.test")).ShouldHaveSingleItem();
        danish.Subject.ShouldBe("Invitation: prisoverrækkelsen for Den Kriminalpræventive Pris 2153");
        Text(danish).ShouldStartWith("Kære Nick Hækkerup");
        Text(danish).ShouldContain($"Prisoverrækkelsen finder sted {DanishTime.Format(at)}.");
        Text(danish).ShouldContain("Stedet er Eigtveds Pakhus, Asiatisk Plads 2.");
        Text(danish).ShouldContain("Justitsministeren overrækker prisen.");
        Text(danish).ShouldEndWith(MailTemplates.Signature);

        var english = (await ReceivedByAsync("john@guest.test")).ShouldHaveSingleItem();
        Text(english).ShouldStartWith("Dear John Guest");
        var token = System.Text.RegularExpressions.Regex.Match(Text(english), @"/prisoverraekkelse/svar/([A-Za-z0-9_\-]+)").Groups[1].Value;
        (await app.Client().PostAsJsonAsync($"/api/invitations/{token}/response", new { response = "Attending", persons = 2 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.SetUtcNow(at.AddDays(-1));
        await app.RunJobAsync(j => j.SendReminders());

        var reminder = (await ReceivedByAsync("john@guest.test")).Single(m => m.Subject != english.Subject);
        reminder.Subject.ShouldBe("See you at the award ceremony for Den Kriminalpræventive Pris 2153");
        Text(reminder).ShouldStartWith("Dear John Guest\n\nThank you for letting us know that you are coming (2 people).");
        Text(reminder).ShouldContain("The venue is Eigtveds Pakhus, Asiatisk Plads 2.");
        Text(reminder).ShouldEndWith(MailTemplates.EnglishSignature);
    }
}
