using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Language;

/// <summary>The public ceremony page, the guest's answer page and the secretariat's ceremony page in English.</summary>
public sealed partial class CeremonyEnglishTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private readonly ReminderTestData data = new(app);

    private async Task EditionAsync(int year)
    {
        var at = DanishTime.FromLocal(DanishTime.ToLocal(data.Now).Date.AddDays(30).AddHours(14));
        await Editions.Build(year).WithDeadlines(at.AddDays(-100), at.AddDays(-60), at.AddDays(-20), at)
            .InPhase(Phase.Decided, "Testopsætning").CreateAsync(app);
        await app.SendAsSystem(new SaveCeremony.Command(year, at, "Eigtveds Pakhus", "Asiatisk Plads 2", "Justitsministeren", 50_000,
            [new SaveCeremony.ProgrammeItem(at, "Velkomst", null)], 0));
    }

    private async Task<string> InviteAsync(HttpClient admin, int year, string name, string email)
    {
        var response = await admin.PostAsJsonAsync($"/api/editions/{year}/guests", new { name, email, organisation = "Politiet", kind = "Press" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var body = await Mailbox.LatestToAsync(app, email);
        return LinkPattern().Match(body!).Groups[1].Value;
    }

    [GeneratedRegex(@"/prisoverraekkelse/svar/([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();

    [Fact]
    public async Task Public_ceremony_page_is_in_English()
    {
        await EditionAsync(2170);
        var visitor = app.Client();
        await visitor.UseEnglishAsync();
        var html = await visitor.GetStringAsync("/prisoverraekkelse?aar=2170");
        html.ShouldContain("<html lang=\"en\"");
        html.ShouldContain("<h1>Award ceremony</h1>");
        html.ShouldContain("<dt>Venue</dt><dd>Eigtveds Pakhus, Asiatisk Plads 2</dd>");
        html.ShouldContain("<dt>The prize is presented by</dt>");
        html.ShouldContain("Add the award ceremony to your calendar (.ics)");
        html.ShouldContain(">Programme</h2>");
        html.ShouldContain("<th scope=\"col\">Item</th>");
        foreach (var danish in new[] { "Prisoverrækkelse</h1>", "<dt>Sted</dt>", "Prisen overrækkes af", "Programpunkt", "Føj prisoverrækkelsen" })
            html.ShouldNotContain(danish);
    }

    [Fact]
    public async Task Guest_answers_the_invitation_in_English_and_a_missing_answer_is_explained_in_English()
    {
        await EditionAsync(2171);
        var admin = await app.SecretariatAsync();
        var token = await InviteAsync(admin, 2171, "Jens Journalist", "jens@presse.dk");
        var guest = app.Client();
        await guest.UseEnglishAsync();
        var url = $"/prisoverraekkelse/svar/{token}";

        var page = await guest.GetStringAsync(url);
        page.ShouldContain("<html lang=\"en\"");
        page.ShouldContain("<h1>Invitation to the award ceremony</h1>");
        page.ShouldContain("Dear Jens Journalist");
        page.ShouldContain("You are invited to the presentation of Den Kriminalpræventive Pris 2171");
        page.ShouldContain("Are you coming?");
        page.ShouldContain("Number of people");
        page.ShouldContain("Send reply");
        foreach (var danish in new[] { "Kære", "Kommer du?", "Antal personer", "Send svar", "Ja, jeg kommer" })
            page.ShouldNotContain(danish);

        var form = await guest.AntiforgeryTokenAsync(url);
        var missing = await guest.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = form, ["Persons"] = "2" }));
        var error = await missing.Content.ReadAsStringAsync();
        error.ShouldContain("Choose whether you are coming.");
        error.ShouldNotContain("Vælg, om du kommer.");
        var tooMany = await guest.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = form, ["Answer"] = "Attending", ["Persons"] = "6" }));
        (await tooMany.Content.ReadAsStringAsync()).ShouldContain("You can be 1 to 5 people.");

        var ok = await guest.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = form, ["Answer"] = "Attending", ["Persons"] = "3" }));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var answered = await guest.GetStringAsync(url);
        answered.ShouldContain("I am coming (3 people)");
        answered.ShouldContain("Thank you for your reply. We look forward to seeing you.");
        answered.ShouldNotContain("Jeg kommer");
    }

    [Fact]
    public async Task Secretariat_ceremony_page_and_its_field_errors_are_in_English()
    {
        await EditionAsync(2172);
        var admin = await app.SecretariatAsync();
        await InviteAsync(admin, 2172, "Pia Presse", "pia@presse.dk");
        await admin.UseEnglishAsync();
        var url = "/sekretariat/2172/prisoverraekkelse";

        var html = await admin.GetStringAsync(url);
        html.ShouldContain("<html lang=\"en\"");
        html.ShouldContain("<h1>Award ceremony 2172</h1>");
        html.ShouldContain("Time, venue and programme");
        html.ShouldContain("Time (Danish time)");
        html.ShouldContain("Save the award ceremony");
        html.ShouldContain("Invited: 1 · Coming: 0 (0 people)");
        html.ShouldContain(">Press</td>");
        html.ShouldContain(">No reply</td>");
        html.ShouldContain("Invite a guest");
        foreach (var danish in new[] { "Tid, sted og program", "Gem prisoverrækkelsen", "Inviter en gæst", "Ikke svaret", ">Presse</td>" })
            html.ShouldNotContain(danish);

        var token = await admin.AntiforgeryTokenAsync(url);
        var missing = await admin.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.Version"] = "1", ["Form.StartsAt"] = "2026-12-25T14:00", ["Form.Venue"] = "",
            ["Form.Address"] = "Asiatisk Plads 2", ["Form.Presenter"] = "Justitsministeren", ["Form.PrizeAmountDkk"] = "50000",
        }));
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        var error = await missing.Content.ReadAsStringAsync();
        error.ShouldContain("Write the venue.");
        error.ShouldNotContain("Skriv stedet.");
    }
}
