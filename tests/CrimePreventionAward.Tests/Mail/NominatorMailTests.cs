using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Results;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Mail;

public sealed class NominatorMailTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task The_receipt_greets_the_nominator_by_name_and_ends_with_the_one_signature()
    {
        await Editions.CreateOpenAsync(app, 2144);
        await SubmitOverApiAsync(app.Client(), 2144, Fields() with { NominatorEmail = "kvittering@politi.test" });

        var receipt = await Mailbox.LatestToAsync(app, "kvittering@politi.test");
        receipt.ShouldStartWith("Kære Ditte Wesley");
        receipt.ShouldNotContain("Med venlig hilsen");
        receipt.ReplaceLineEndings("\n").TrimEnd().ShouldEndWith(Web.Infrastructure.Mail.MailTemplates.Signature);
    }

    [Fact]
    public async Task A_nomination_sent_with_the_English_form_gets_an_English_receipt_and_a_Danish_one_stays_Danish()
    {
        await Editions.CreateOpenAsync(app, 2146);
        var english = app.Client();
        await english.UseEnglishAsync();
        await SubmitOverApiAsync(english, 2146, Fields("Safe Streets") with { NominatorEmail = "english@politi.test" });
        await SubmitOverApiAsync(app.Client(), 2146, Fields("Trygge gader") with { NominatorEmail = "dansk@politi.test" });

        var receipt = (await Mailbox.LatestToAsync(app, "english@politi.test")).ReplaceLineEndings("\n").TrimEnd();
        receipt.ShouldStartWith("Dear Ditte Wesley");
        receipt.ShouldContain("Thank you for nominating \"Safe Streets\"");
        receipt.ShouldContain("(Danish time)");
        receipt.ShouldEndWith(Web.Infrastructure.Mail.MailTemplates.EnglishSignature);
        receipt.ShouldNotContain("Kære");
        receipt.ShouldNotContain("Venlig hilsen");
        var danish = (await Mailbox.LatestToAsync(app, "dansk@politi.test")).ReplaceLineEndings("\n").TrimEnd();
        danish.ShouldStartWith("Kære Ditte Wesley");
        danish.ShouldContain("Tak for din indstilling");
        danish.ShouldEndWith(Web.Infrastructure.Mail.MailTemplates.Signature);
        var languages = await ResultsTestData.WithDb(app, db => db.QueryAsync<string>(
            "SELECT Language FROM Nominations WHERE Year = 2146 ORDER BY NominatorEmail"));
        languages.ShouldBe(["da", "en"]);
    }

    [Fact]
    public async Task A_nominator_who_used_the_English_form_hears_the_screening_outcome_in_English()
    {
        await Editions.CreateOpenAsync(app, 2148);
        var english = app.Client();
        await english.UseEnglishAsync();
        var id = (await SubmitOverApiAsync(english, 2148, Fields() with { NominatorEmail = "screened.en@politi.test" })).GetProperty("id").GetInt64();
        var secretariat = await app.SecretariatAsync();

        (await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening",
            new { eligible = true, reason = "Meets every criterion", shareReasonWithNominator = true })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var mail = await Mailbox.LatestToAsync(app, "screened.en@politi.test");
        mail.ShouldStartWith("Dear Ditte Wesley");
        mail.ShouldContain("The secretariat has reviewed your nomination KP-2148-001");
        mail.ShouldContain("goes on to the jury's assessment");
        mail.ShouldContain("Reason:");
        mail.ShouldContain("Kind regards");
        mail.ShouldNotContain("Begrundelse");
    }

    [Fact]
    public async Task A_draft_saved_with_the_English_form_gets_its_link_in_English()
    {
        await Editions.CreateOpenAsync(app, 2147);
        var client = app.Client();
        await client.UseEnglishAsync();
        var html = await client.GetStringAsync("/indstil?aar=2147");
        var saved = await PostPageAsync(client, "/indstil?aar=2147", "/indstil?aar=2147&handler=Draft",
            new(Form(Fields() with { NominatorEmail = "kladde.en@politi.test" })) { ["SubmissionKey"] = Hidden(html, "SubmissionKey")! });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mail = await Mailbox.LatestToAsync(app, "kladde.en@politi.test");
        mail.ShouldStartWith("Dear Ditte Wesley");
        mail.ShouldContain("Your draft nomination has been saved");
        mail.ShouldContain("/indstil?kladde=");
        mail.ShouldContain("Kind regards");
    }

    [Fact]
    public async Task The_nominator_is_told_the_screening_outcome_with_the_reason_only_when_it_is_shared()
    {
        await Editions.CreateOpenAsync(app, 2142);
        var fields = Fields() with { NominatorEmail = "screenet@politi.test" };
        var id = (await SubmitOverApiAsync(app.Client(), 2142, fields)).GetProperty("id").GetInt64();
        var secretariat = await app.SecretariatAsync();

        (await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening",
            new { eligible = false, reason = "Intern note om sagen" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await Mailbox.LatestToAsync(app, "screenet@politi.test");
        refused.ShouldStartWith("Kære Ditte Wesley");
        refused.ShouldContain("opfylder desværre ikke betingelserne");
        refused.ShouldNotContain("Intern note");
        refused.ShouldContain("Venlig hilsen");

        (await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening",
            new { eligible = true, reason = "Opfylder alle kriterier", shareReasonWithNominator = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mails = await Mailbox.DeliveredToAsync(app, "screenet@politi.test");
        mails.Count(m => m.Contains("Sekretariatet har gennemgået")).ShouldBe(2);
        mails[0].ShouldContain("opfylder betingelserne og går videre");
        mails[0].ShouldContain("Begrundelse:");
        mails[0].ShouldContain("Opfylder alle kriterier");
    }
}

public sealed class ShortlistMailTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Nominators_hear_once_whether_they_were_nominated_when_the_shortlist_is_published_and_not_before()
    {
        await Editions.Deciding(2143).InPhase(Web.Domain.Phase.Scoring, "Testdata").CreateAsync(app);
        var chosen = await new Nomination(2143)
        {
            Title = "Tryg by", CandidateName = "Kandidat A", Organisation = "Kommunen", NominatorOrganisation = "Kommunen",
        }.InsertAsync(app.Services);
        await new Nomination(2143)
        {
            Title = "Natteravne", CandidateName = "Kandidat B", Organisation = "Foreningen", NominatorOrganisation = "Foreningen",
        }.InsertAsync(app.Services);
        await ResultsTestData.WithDb(app, db => db.ExecuteAsync(
            "UPDATE Nominations SET NominatorEmail = CASE WHEN Id = @Chosen THEN 'valgt@test.dk' ELSE 'fravalgt@test.dk' END, NominatorName = 'Sofie Holm' WHERE Year = 2143",
            new { Chosen = chosen }));
        var announceAt = app.Clock.GetUtcNow().AddHours(2);
        await app.SendAsSystem(new SetShortlist.Command(2143, [new SetShortlist.Entry(chosen, "Stærk effekt")], announceAt));

        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        (await Mailbox.DeliveredToAsync(app, "valgt@test.dk")).ShouldBeEmpty();

        app.Clock.SetUtcNow(announceAt.AddMinutes(1));
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        await app.SendAsSystem(new PublishDueAnnouncements.Command());

        var nominated = await Mailbox.DeliveredToAsync(app, "valgt@test.dk");
        nominated.Count.ShouldBe(1);
        nominated[0].ShouldStartWith("Kære Sofie Holm");
        nominated[0].ShouldContain("er blandt de nominerede");
        nominated[0].ShouldContain("/nominerede?aar=2143");
        var notNominated = await Mailbox.DeliveredToAsync(app, "fravalgt@test.dk");
        notNominated.Count.ShouldBe(1);
        notNominated[0].ShouldContain("desværre ikke blandt de nominerede");
        notNominated[0].ShouldContain("Venlig hilsen");
    }

    [Fact]
    public async Task A_nominator_who_used_the_English_form_hears_about_the_shortlist_in_English()
    {
        await Editions.Deciding(2149).InPhase(Web.Domain.Phase.Scoring, "Testdata").CreateAsync(app);
        var chosen = await new Nomination(2149)
        {
            Title = "Safe Streets", CandidateName = "Kandidat A", Organisation = "Kommunen", NominatorOrganisation = "Kommunen",
        }.InsertAsync(app.Services);
        await ResultsTestData.WithDb(app, db => db.ExecuteAsync(
            "UPDATE Nominations SET NominatorEmail = 'chosen.en@test.dk', NominatorName = 'Sofie Holm', Language = 'en' WHERE Id = @Chosen",
            new { Chosen = chosen }));
        var announceAt = app.Clock.GetUtcNow().AddHours(2);
        await app.SendAsSystem(new SetShortlist.Command(2149, [new SetShortlist.Entry(chosen, "Stærk effekt")], announceAt));

        app.Clock.SetUtcNow(announceAt.AddMinutes(1));
        await app.SendAsSystem(new PublishDueAnnouncements.Command());

        var mail = (await Mailbox.DeliveredToAsync(app, "chosen.en@test.dk")).ShouldHaveSingleItem();
        mail.ShouldStartWith("Dear Sofie Holm");
        mail.ShouldContain("is among the nominees");
        mail.ShouldContain("/nominerede?aar=2149");
        mail.ShouldContain("Kind regards");
    }
}
