using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class NominationFlowTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Draft_then_submit_then_receipt_mail_private_link_edit_and_withdraw()
    {
        await Editions.CreateOpenAsync(app, 2031);
        var client = app.Client();

        // A half-filled draft, saved: the draft link is mailed once.
        var draftFields = new Dictionary<string, string>
        {
            ["Input.CandidateName"] = "Hvem Styrer Orkesteret", ["Input.NominatorEmail"] = "helle@vejle.test", ["Input.NominatorName"] = "Helle",
        };
        var html = await client.GetStringAsync("/indstil?aar=2031");
        var saved = await PostPageAsync(client, "/indstil?aar=2031", "/indstil?aar=2031&handler=Draft",
            new(draftFields) { ["SubmissionKey"] = Hidden(html, "SubmissionKey")! });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draftMail = (await MailsAsync(app)).Single(m => (m.Subject ?? "").Contains("kladde"));
        var draftLink = PathOf(LinkIn(draftMail, "/indstil?kladde="));

        // Continued from the mailed link (another device): the draft's text is there; then it is submitted.
        var other = app.Client();
        var draftPage = await other.GetStringAsync(draftLink);
        draftPage.ShouldContain("Hvem Styrer Orkesteret");
        var key = Hidden(draftPage, "SubmissionKey")!;
        var form = Form(Fields("Hvem Styrer Orkesteret") with { NominatorEmail = "helle@vejle.test" });
        form["SubmissionKey"] = key;
        form["Kladde"] = Hidden(draftPage, "Kladde")!;
        form["Token"] = Hidden(draftPage, "Token")!;
        form["Version"] = Hidden(draftPage, "Version")!;
        var submitted = await PostPageAsync(other, draftLink, "/indstil?aar=2031&handler=Submit", form, [("plan.pdf", Pdf())]);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        submitted.Headers.Location!.ToString().ShouldBe("/indstil/kvittering");
        var receipt = await other.GetStringAsync("/indstil/kvittering");
        receipt.ShouldContain("KP-2031-001");

        // The confirmation mail, in Danish, with the private link.
        var mails = await MailsAsync(app);
        mails.Count(m => (m.Subject ?? "").Contains("kladde")).ShouldBe(1);
        var confirmation = mails.Single(m => (m.Subject ?? "").Contains("Kvittering") && (m.Subject ?? "").Contains("KP-2031-001"));
        confirmation.To.Mailboxes.Single().Address.ShouldBe("helle@vejle.test");
        (confirmation.Subject ?? "").ShouldContain("KP-2031-001");
        var privateLink = PathOf(LinkIn(confirmation, "/indstilling/KP-2031-001?token="));

        var stranger = app.Client();
        var view = await stranger.GetStringAsync(privateLink);
        view.ShouldContain("Hvem Styrer Orkesteret");
        view.ShouldContain("plan.pdf");

        // Edit with the version read.
        var edit = Form(Fields("Hvem Styrer Orkesteret") with { Title = "HSO – uddannelse i SSP-teamet" });
        edit["Version"] = Hidden(view, "Version")!;
        edit["Token"] = Hidden(view, "Token")!;
        var edited = await PostPageAsync(stranger, privateLink, privateLink + "&handler=Update", edit);
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await stranger.GetStringAsync(privateLink)).ShouldContain("HSO – uddannelse i SSP-teamet");

        // Withdraw.
        var withdrawn = await PostPageAsync(stranger, privateLink, privateLink + "&handler=Withdraw", new() { ["Token"] = edit["Token"] });
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await stranger.GetStringAsync(privateLink)).ShouldContain("Trukket tilbage");
        var status = await app.WithScope(sp => sp.GetRequiredService<Db>()
            .ScalarAsync<string>("SELECT Status FROM Nominations WHERE Reference = 'KP-2031-001'"));
        status.ShouldBe("Withdrawn");
    }

    [Fact]
    public async Task Twenty_parallel_submissions_get_unique_sequential_references()
    {
        await Editions.CreateOpenAsync(app, 2032);
        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            SubmitOverApiAsync(app.Client(), 2032, Fields($"Kandidat {i}"))));
        responses.Select(r => r.GetProperty("reference").GetString()).Order()
            .ShouldBe(Enumerable.Range(1, 20).Select(i => $"KP-2032-{i:D3}"));
        responses.Select(r => r.GetProperty("editToken").GetString()).Distinct().Count().ShouldBe(20);
    }

    [Fact]
    public async Task The_same_form_posted_twice_creates_one_nomination()
    {
        await Editions.CreateOpenAsync(app, 2033);
        var client = app.Client();
        var html = await client.GetStringAsync("/indstil?aar=2033");
        var form = Form(Fields());
        form["SubmissionKey"] = Hidden(html, "SubmissionKey")!;
        var first = await PostPageAsync(client, "/indstil?aar=2033", "/indstil?aar=2033&handler=Submit", form);
        var second = await PostPageAsync(client, "/indstil?aar=2033", "/indstil?aar=2033&handler=Submit", form);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/indstil/kvittering")).ShouldContain("KP-2033-001");
        var count = await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>("SELECT COUNT(*) FROM Nominations WHERE Year = 2033"));
        count.ShouldBe(1);
        var mails = (await MailsAsync(app)).Count(m => (m.Subject ?? "").Contains("KP-2033-001"));
        mails.ShouldBe(1);
    }

    [Fact]
    public async Task Submission_key_reused_for_another_edition_or_other_content_is_refused_not_answered_as_created()
    {
        // Before the fix the repeat check ran first and answered 201 with the 2041 nomination for 1999 and for 2042.
        await Editions.CreateOpenAsync(app, 2041);
        await Editions.CreateOpenAsync(app, 2042);
        var client = app.Client();
        var key = Guid.NewGuid();
        var body = new SubmitNomination.Command(Fields()) { SubmissionKey = key };
        var first = await client.PostAsJsonAsync("/api/editions/2041/nominations", body);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var repeat = await client.PostAsJsonAsync("/api/editions/2041/nominations", body);
        (await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64().ShouldBe(id);

        foreach (var (url, sent) in new[]
                 {
                     ("/api/editions/1999/nominations", body), ("/api/editions/2042/nominations", body),
                     ("/api/editions/2041/nominations", body with { Title = "Et helt andet projekt" }),
                 })
        {
            var reused = await client.PostAsJsonAsync(url, sent);
            reused.StatusCode.ShouldBe(HttpStatusCode.Conflict, url);
            (await reused.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(409);
        }
        var count = await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(
            "SELECT COUNT(*) FROM Nominations WHERE Year IN (1999, 2041, 2042)"));
        count.ShouldBe(1);
    }

    [Fact]
    public async Task Api_nominator_reads_and_edits_with_token_and_If_Match_and_stale_version_gets_409()
    {
        await Editions.CreateOpenAsync(app, 2034);
        var created = await SubmitOverApiAsync(app.Client(), 2034);
        var id = created.GetProperty("id").GetInt64();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Edit-Token", created.GetProperty("editToken").GetString());

        var read = await client.GetAsync($"/api/nominations/{id}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.ShouldBe("\"1\"");

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/nominations/{id}") { Content = JsonContent.Create(Fields() with { Title = "Ny titel" }) };
        put.Headers.IfMatch.ParseAdd("\"1\"");
        var updated = await client.SendAsync(put);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(2);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/nominations/{id}") { Content = JsonContent.Create(Fields() with { Title = "Gammel" }) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var conflict = await client.SendAsync(stale);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("ændret et andet sted");

        (await client.PostAsync($"/api/nominations/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}")).GetProperty("status").GetString().ShouldBe("Withdrawn");
    }

    [Fact]
    public async Task Stale_form_on_the_private_page_shows_a_clear_message_and_keeps_the_input()
    {
        await Editions.CreateOpenAsync(app, 2035);
        var created = await SubmitOverApiAsync(app.Client(), 2035);
        var link = $"/indstilling/{created.GetProperty("reference").GetString()}?token={Uri.EscapeDataString(created.GetProperty("editToken").GetString()!)}";
        var client = app.Client();
        var page = await client.GetStringAsync(link);
        var first = Form(Fields() with { Title = "Første rettelse" });
        first["Version"] = Hidden(page, "Version")!;
        first["Token"] = Hidden(page, "Token")!;
        (await PostPageAsync(client, link, link + "&handler=Update", first)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = new Dictionary<string, string>(first) { ["Input.Title"] = "Anden rettelse fra en gammel fane" };
        var response = await PostPageAsync(client, link, link + "&handler=Update", second);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("ændret et andet sted");
        html.ShouldContain("Anden rettelse fra en gammel fane");
    }
}
