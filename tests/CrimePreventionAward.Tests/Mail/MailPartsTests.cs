using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Mail;
using MimeKit;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Mail;

public sealed class MailPartsTests(MailPartsTests.Factory app) : IClassFixture<MailPartsTests.Factory>
{
    public sealed class Factory : SmtpAwardFactory;

    [Fact]
    public async Task Every_sent_mail_has_a_plain_text_and_an_html_part_with_the_same_resolved_link()
    {
        await Editions.CreateOpenAsync(app, 2145);
        await SubmitOverApiAsync(app.Client(), 2145, Fields() with { NominatorEmail = "dele@politi.test", NominatorName = "Ida <Holm> & Co" });
        await app.SendAsSystem(new DeliverOutbox.Command(int.MaxValue));

        var sent = app.Smtp.Received.ToList();
        sent.ShouldContain(m => m.To.Mailboxes.Any(a => a.Address == "dele@politi.test"));
        foreach (var mail in sent)
        {
            var alternative = mail.Body.ShouldBeOfType<MultipartAlternative>();
            alternative.OfType<TextPart>().Select(p => p.ContentType.MimeType).ShouldBe(["text/plain", "text/html"]);
            var text = mail.TextBody.ShouldNotBeNull();
            var html = mail.HtmlBody.ShouldNotBeNull();
            var links = Regex.Matches(text, @"https?://\S+").Select(m => m.Value).ToList();
            foreach (var link in links) html.ShouldContain($"<a href=\"{System.Net.WebUtility.HtmlEncode(link)}\">");
            (text + html).ShouldNotContain(Web.Infrastructure.Mail.MailToken.Placeholder);
            html.ShouldNotContain("<img");
            html.ShouldNotContain("src=");
        }

        var receipt = sent.Last(m => m.To.Mailboxes.Any(a => a.Address == "dele@politi.test"));
        receipt.TextBody!.ShouldContain("Kære Ida <Holm> & Co");
        receipt.HtmlBody!.ShouldContain("<p>Kære Ida &lt;Holm&gt; &amp; Co</p>");
        Regex.Match(receipt.TextBody!, @"/indstilling/KP-2145-001\?token=[^\s{]+").Success.ShouldBeTrue(receipt.TextBody);
    }
}
