using System.Net;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Language;

/// <summary>The secretariat's front page (editions, phases, the create form) and its mail page in English.</summary>
public sealed class SecretariatEnglishTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Secretariat_front_page_shows_editions_phases_and_the_create_form_in_English()
    {
        await Editions.CreateOpenAsync(app, 2180);
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();

        var html = await client.GetStringAsync("/sekretariat");
        html.ShouldContain("<html lang=\"en\"");
        html.ShouldContain("<h2>Award editions</h2>");
        html.ShouldContain("<th scope=\"col\">Change phase</th>");
        html.ShouldContain(">Open for nominations</td>");
        html.ShouldContain(">Final vote</option>");
        html.ShouldContain("Create award edition");
        html.ShouldContain(">Nomination deadline</label>");
        html.ShouldContain(">Danish time</span>");
        html.ShouldContain("Sent mail");
        foreach (var danish in new[] { "Prisuddelinger</h2>", "Skift fase", "Åben for indstillinger", "Opret prisuddeling", "Dansk tid", "Frist for afstemning" })
            html.ShouldNotContain(danish);
    }

    [Fact]
    public async Task Secretariat_form_errors_and_phase_refusals_are_shown_in_English()
    {
        await Editions.CreateOpenAsync(app, 2181);
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();
        var token = await client.AntiforgeryTokenAsync("/sekretariat");

        var create = await client.PostAsync("/sekretariat?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["New.Name"] = "Prisen" }));
        create.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = await create.Content.ReadAsStringAsync();
        errors.ShouldContain("Fill in the field.");
        errors.ShouldNotContain("Udfyld feltet.");

        var skip = await client.PostAsync("/sekretariat?handler=Phase", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["Year"] = "2181", ["Phase"] = "FinalVote", ["Reason"] = "" }));
        skip.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusal = await skip.Content.ReadAsStringAsync();
        refusal.ShouldContain("Skipping from Open for nominations to Final vote requires a reason.");
        refusal.ShouldNotContain("kræver en begrundelse");

        var next = await client.PostAsync("/sekretariat?handler=Phase", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["Year"] = "2181", ["Phase"] = "Screening", ["Reason"] = "" }));
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/sekretariat")).ShouldContain("2181: Open for nominations → Screening.");
    }

    [Fact]
    public async Task Sent_mail_page_is_in_English()
    {
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();
        var html = await client.GetStringAsync("/sekretariat/post");
        html.ShouldContain("<html lang=\"en\"");
        html.ShouldContain("<h1>Sent mail</h1>");
        html.ShouldContain("<th scope=\"col\">Subject</th>");
        html.ShouldContain("<th scope=\"col\">Attempts</th>");
        html.ShouldContain(">could not be sent</a>");
        foreach (var danish in new[] { "Sendt post", "Emne", "Forsøg", "Seneste fejl", "kunne ikke sendes" })
            html.ShouldNotContain(danish);
    }
}
