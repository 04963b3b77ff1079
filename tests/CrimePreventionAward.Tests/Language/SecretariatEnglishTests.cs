using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Tests.Language;

/// <summary>The secretariat's front page (editions, phases, the create form), its mail page and mail templates in English.</summary>
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

    [Fact]
    public async Task Mail_template_pages_show_titles_placeholders_and_refusals_in_English()
    {
        await Editions.CreateOpenAsync(app, 2182);
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();

        var list = await client.GetStringAsync("/sekretariat/2182/mails");
        list.ShouldContain(">Receipt for a nomination</a>");
        list.ShouldNotContain("Kvittering for en indstilling");
        var page = await client.GetStringAsync("/sekretariat/2182/mails/nomination.receipt");
        page.ShouldContain("<h1>Receipt for a nomination</h1>");
        page.ShouldContain("<h2>Placeholders</h2>");
        page.ShouldContain("<dd>The nomination&#x27;s reference number</dd>");
        foreach (var danish in new[] { "Kvittering for en indstilling", "Pladsholdere", "Indstillingens referencenummer", "Det private link til indstillingen" })
            page.ShouldNotContain(danish);

        var token = await client.AntiforgeryTokenAsync("/sekretariat/2182/mails/nomination.receipt");
        var refused = await client.PostAsync("/sekretariat/2182/mails/nomination.receipt?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["Language"] = "da", ["Subject"] = "Tak", ["Body"] = "Tak for {kandidat}." }));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = await refused.Content.ReadAsStringAsync();
        errors.ShouldContain("The placeholder {kandidat} does not exist in this mail.");
        errors.ShouldContain("The text must contain {link}.");
        errors.ShouldNotContain("Pladsholderen");
    }

    [Fact]
    public void Every_mail_templates_title_and_placeholder_description_has_an_English_text()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        LanguageExtensions.InCulture("en-GB", () => MailTemplateCatalogue.All
                .SelectMany(t => t.Placeholders.Select(p => p.Description).Prepend(t.Title))
                .Distinct()
                .Where(text => l[text].ResourceNotFound)
                .ToList())
            .ShouldBeEmpty();
    }
}
