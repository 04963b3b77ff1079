using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CrimePreventionAward.Tests.Mail;

public sealed class MailTemplateEditingTests(MailTemplateEditingTests.Factory app) : IClassFixture<MailTemplateEditingTests.Factory>
{
    public sealed class Factory : SmtpAwardFactory;

    private readonly ReminderTestData data = new(app);

    private static string Page(int year) => $"/sekretariat/{year}/mails/jury.vote-open";

    private async Task EditionAsync(int year)
    {
        var now = data.Now;
        await Editions.Build(year).WithDeadlines(now.AddDays(-60), now.AddDays(-30), now.AddDays(10), now.AddDays(20))
            .InPhase(Phase.Shortlisted, "Testopsætning").CreateAsync(app);
    }

    private async Task<IReadOnlyList<MimeMessage>> ReceivedByAsync(string address)
    {
        await app.SendAsSystem(new DeliverOutbox.Command(int.MaxValue));
        return app.Smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == address)).ToList();
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient admin, int year, string language, string subject, string body) =>
        admin.PostFormAsync(Page(year) + "?handler=Save", new() { ["Language"] = language, ["Subject"] = subject, ["Body"] = body });

    [Fact]
    public async Task An_edited_text_is_used_by_the_next_real_mail_and_a_reset_restores_the_default()
    {
        await EditionAsync(2161);
        await Jurors.Build(2161, "Vera Vote").WithEmail("vote@jury.test").SeatAsync(app);
        var admin = await app.SecretariatAsync();

        (await SaveAsync(admin, 2161, "da", "Stem nu om {edition}", "Afstemningen er åben til {deadline}.\nStem her: {link}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync(Page(2161))).ShouldContain("rettet for denne prisuddeling");
        await app.SendAsSystem(new Web.Features.Editions.ChangePhase.Command(2161, Phase.FinalVote, null));

        var mail = (await ReceivedByAsync("vote@jury.test")).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Stem nu om Den Kriminalpræventive Pris 2161");
        mail.TextBody!.ShouldStartWith("Kære Vera Vote");
        mail.TextBody.ShouldContain("Stem her: ");
        mail.TextBody.ShouldContain("/jury/2161/afstemning");
        mail.TextBody.ShouldContain("Venlig hilsen");

        (await admin.PostFormAsync(Page(2161) + "?handler=Reset", new() { ["Language"] = "da" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetStringAsync(Page(2161));
        page.ShouldNotContain("rettet for denne prisuddeling");
        page.ShouldContain("Juryens afstemning om vinderen af {edition} er nu åben.");
        (await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<int>("SELECT COUNT(*) FROM MailTemplateEdits WHERE Year = 2161")))
            .ShouldBe(0);
        var audit = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT Data FROM AuditLog WHERE Action LIKE '%MailTemplate%' ORDER BY Id"));
        audit.Count().ShouldBe(2);
        audit.ShouldAllBe(d => !d.Contains("Stem her"));
    }

    [Fact]
    public async Task A_text_with_an_unknown_placeholder_or_without_its_link_is_refused_next_to_the_field()
    {
        await EditionAsync(2162);
        var admin = await app.SecretariatAsync();

        var unknown = await SaveAsync(admin, 2162, "en", "Vote now", "Hello {navn}, vote here: {link}");
        var noLink = await SaveAsync(admin, 2162, "da", "Stem nu", "Stem, når du har tid.");

        unknown.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        var html = await unknown.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"Body_en-error\"");
        html.ShouldContain("Pladsholderen {navn} findes ikke i denne mail.");
        html.ShouldContain("Hello {navn}, vote here: {link}");
        (await noLink.Content.ReadAsStringAsync()).ShouldContain("Teksten skal indeholde {link}.");
        (await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<int>("SELECT COUNT(*) FROM MailTemplateEdits WHERE Year = 2162")))
            .ShouldBe(0);
    }

    [Fact]
    public async Task The_preview_shows_the_editions_own_name_and_a_test_arrives_once_at_the_users_address()
    {
        await EditionAsync(2163);
        var admin = await app.SecretariatAsync();

        var page = await admin.GetStringAsync(Page(2163));
        page.ShouldContain("Afstemningen om vinderen af Den Kriminalpræventive Pris 2163 er åben");
        page.ShouldContain("The vote on the winner of Den Kriminalpræventive Pris 2163 is open");
        (await admin.GetStringAsync("/sekretariat/2163/mails")).ShouldContain("/sekretariat/2163/mails/jury.vote-open");

        (await admin.PostFormAsync(Page(2163) + "?handler=Test", new() { ["Language"] = "en" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var test = (await ReceivedByAsync(AwardFactory.AdminEmail)).Where(m => m.Subject!.Contains("2163")).ShouldHaveSingleItem();
        test.Subject.ShouldBe("The vote on the winner of Den Kriminalpræventive Pris 2163 is open");
        test.TextBody!.ShouldStartWith("Dear ");
        test.TextBody.ShouldContain("Kind regards");
    }

    [Fact]
    public async Task A_juror_or_a_visitor_cannot_edit_a_template()
    {
        await EditionAsync(2164);
        await JuryKit.InviteAsync(app, 2164, "Mail Juror");
        var invitation = (await ReceivedByAsync(JuryKit.Email("Mail Juror", 2164))).ShouldHaveSingleItem();
        var jurorClient = app.Client();
        (await jurorClient.PostAsync($"/api/auth/link/{JuryKit.TokenOf(invitation.TextBody!)}", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var anonymous = await app.Client().GetAsync(Page(2164));
        var asJuror = await jurorClient.GetAsync(Page(2164));

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asJuror.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asJuror.Headers.Location!.OriginalString.ShouldNotContain("/mails");
    }

    [Fact]
    public async Task The_preview_of_a_receipt_shows_the_editions_first_real_nomination()
    {
        await EditionAsync(2165);
        await new Nomination(2165) { Title = "Tryghedsvandring i Vollsmose", CandidateName = "Vollsmose Netværk" }.InsertAsync(app.Services);
        var admin = await app.SecretariatAsync();

        var page = await admin.GetStringAsync("/sekretariat/2165/mails/nomination.receipt");

        page.ShouldContain("KP-2165-001");
        page.ShouldContain("Tryghedsvandring i Vollsmose");
        page.ShouldContain("Vollsmose Netværk");
        page.ShouldNotContain("Tryg i Tinglev");
    }
}
