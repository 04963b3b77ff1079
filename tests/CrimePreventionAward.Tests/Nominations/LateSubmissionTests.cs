using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>A send that arrives after the deadline loses nothing. Moves the clock, so it has its own app and database.</summary>
public sealed class LateSubmissionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task A_late_send_from_the_form_keeps_the_text_as_a_draft_mails_its_link_and_says_whom_to_write_to()
    {
        var deadline = app.Clock.GetUtcNow().AddMinutes(10);
        await Editions.CreateOpenAsync(app, 2071, deadline);
        var nominator = app.Client();
        var html = await nominator.GetStringAsync("/indstil?aar=2071");
        var fields = Form(Fields("Natteravnene i Vollsmose") with { NominatorEmail = "late@politi.test" });
        fields["SubmissionKey"] = Hidden(html, "SubmissionKey")!;

        app.Clock.Advance(TimeSpan.FromMinutes(10.1)); // pressed at 23:59:06 on a 23:59 deadline
        var posted = await nominator.PostAsync("/indstil?aar=2071&handler=Submit", FormPost(html, fields, [("plan.pdf", Pdf())]));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draftPage = posted.Headers.Location!.OriginalString;
        draftPage.ShouldContain("kladde=");
        var page = await nominator.GetStringAsync(draftPage);
        page.ShouldContain("Fristen er overskredet, men intet er tabt");
        page.ShouldContain("Fristen for indstillinger til prisen 2071 udløb");
        page.ShouldContain("skriv til dkr@dkr.dk");
        page.ShouldContain("value=\"Natteravnene i Vollsmose\"");
        page.ShouldContain("plan.pdf");
        page.ShouldNotContain("Send indstillingen");
        (await CountAsync(app, 2071)).ShouldBe(1);

        var mail = await Mailbox.LatestToAsync(app, "late@politi.test");
        mail.ShouldContain("er gemt som kladde nr.");
        mail.ShouldContain("skriv til dkr@dkr.dk");
        var link = PathOf(Regex.Match(mail, @"http://\S+/indstil\?kladde=\S+").Value);
        (await app.Client().GetStringAsync(link)).ShouldContain("value=\"Natteravnene i Vollsmose\"");
    }

    [Fact]
    public async Task A_late_send_from_the_English_form_is_answered_in_English()
    {
        var deadline = app.Clock.GetUtcNow().AddMinutes(10);
        await Editions.CreateOpenAsync(app, 2079, deadline);
        var nominator = app.Client();
        await nominator.UseEnglishAsync();
        var html = await nominator.GetStringAsync("/indstil?aar=2079");
        var fields = Form(Fields() with { NominatorEmail = "late.en@politi.test" });
        fields["SubmissionKey"] = Hidden(html, "SubmissionKey")!;

        app.Clock.Advance(TimeSpan.FromMinutes(10.1));
        (await nominator.PostAsync("/indstil?aar=2079&handler=Submit", FormPost(html, fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mail = await Mailbox.LatestToAsync(app, "late.en@politi.test");
        mail.ShouldStartWith("Dear Ditte Wesley");
        mail.ShouldContain("is kept as draft no.");
        mail.ShouldContain("write to dkr@dkr.dk");
        mail.ShouldContain("Kind regards");
    }

    [Fact]
    public async Task A_late_draft_saved_again_updates_the_same_draft()
    {
        var deadline = app.Clock.GetUtcNow().AddMinutes(10);
        await Editions.CreateOpenAsync(app, 2072, deadline);
        var nominator = app.Client();
        var html = await nominator.GetStringAsync("/indstil?aar=2072");
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var first = await nominator.PostAsync("/indstil?aar=2072&handler=Draft", FormPost(html, Form(Fields("Tryg i Tinglev"))));
        var draftPage = first.Headers.Location!.OriginalString;
        var draftHtml = await nominator.GetStringAsync(draftPage);

        var edited = Form(Fields("Tryg i Tinglev og Toftlund"));
        foreach (var name in new[] { "Kladde", "Token", "Version" }) edited[name] = Hidden(draftHtml, name)!;
        var second = await nominator.PostAsync("/indstil?aar=2072&handler=Submit", FormPost(draftHtml, edited));

        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await nominator.GetStringAsync(second.Headers.Location!.OriginalString)).ShouldContain("value=\"Tryg i Tinglev og Toftlund\"");
        (await CountAsync(app, 2072)).ShouldBe(1);
    }

    [Fact]
    public async Task A_late_API_submit_answers_409_saying_a_draft_was_kept_with_its_id_and_token()
    {
        var deadline = app.Clock.GetUtcNow().AddMinutes(10);
        await Editions.CreateOpenAsync(app, 2073, deadline);
        app.Clock.Advance(TimeSpan.FromMinutes(11));

        var late = await app.Client().PostAsJsonAsync("/api/editions/2073/nominations", Fields("Skolebetjente i Aarhus"));

        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        late.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await late.ProblemAsync();
        problem.GetProperty("title").GetString()!.ShouldStartWith("Fristen for indstillinger til prisen 2073 udløb");
        problem.GetProperty("detail").GetString()!.ShouldContain("er gemt som kladde nr.");
        problem.GetProperty("secretariatAddress").GetString().ShouldBe("dkr@dkr.dk");
        var draftId = problem.GetProperty("draftId").GetInt64();
        var owner = app.Client();
        owner.DefaultRequestHeaders.Add("X-Edit-Token", problem.GetProperty("editToken").GetString());
        var kept = await owner.GetFromJsonAsync<JsonElement>($"/api/nominations/{draftId}");
        kept.GetProperty("status").GetString().ShouldBe("Draft");
        kept.GetProperty("candidateName").GetString().ShouldBe("Skolebetjente i Aarhus");
    }

    [Fact]
    public async Task The_countdown_shows_minutes_and_seconds_in_the_last_hour()
    {
        var deadline = app.Clock.GetUtcNow().AddDays(3);
        await Editions.CreateOpenAsync(app, 2074, deadline);
        var wait = deadline - app.Clock.GetUtcNow() - TimeSpan.FromSeconds(5 * 60 + 30);

        app.Clock.Advance(wait);

        var form = await app.Client().GetStringAsync("/indstil?aar=2074");
        form.ShouldContain("Der er 5 minutter og 30 sekunder til fristen.");
        form.ShouldNotContain("0 timer og");
    }
}
