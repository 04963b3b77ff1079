using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Ceremony;

public sealed partial class GuestTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private readonly ReminderTestData data = new(app);

    private async Task<DateTimeOffset> EditionAsync(int year, int ceremonyInDays)
    {
        var at = DanishTime.FromLocal(DanishTime.ToLocal(data.Now).Date.AddDays(ceremonyInDays).AddHours(14));
        await Editions.Build(year).WithDeadlines(at.AddDays(-100), at.AddDays(-60), at.AddDays(-20), at)
            .InPhase(Phase.Decided, "Testopsætning").CreateAsync(app);
        await app.SendAsSystem(new SaveCeremony.Command(year, at, "Eigtveds Pakhus", "Asiatisk Plads 2", "Justitsministeren", 50_000, [], 0));
        return at;
    }

    private async Task<(long Id, string Token)> InviteAsync(HttpClient admin, int year, string name, string email, GuestKind kind = GuestKind.Other)
    {
        var response = await admin.PostAsJsonAsync($"/api/editions/{year}/guests", new { name, email, organisation = "Politiet", kind = kind.ToString() });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var body = await Mailbox.LatestToAsync(app, email);
        var token = LinkPattern().Match(body!).Groups[1].Value;
        token.ShouldNotBeNullOrEmpty();
        return (id, token);
    }

    [GeneratedRegex(@"/prisoverraekkelse/svar/([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();

    private Task<HttpResponseMessage> AnswerAsync(string token, string response, int? persons) =>
        app.Client().PostAsJsonAsync($"/api/invitations/{token}/response", new { response, persons });

    [Fact]
    public async Task Invited_guests_answer_with_their_personal_link_and_the_secretariat_sees_the_counts()
    {
        await EditionAsync(2191, 30);
        var admin = await app.SecretariatAsync();
        var minister = await InviteAsync(admin, 2191, "Nick Hækkerup", "minister@jm.dk", GuestKind.Presenter);
        var press = await InviteAsync(admin, 2191, "Journalist", "presse@dr.dk", GuestKind.Press);
        await InviteAsync(admin, 2191, "Ditte Wesley", "ditte@politi.dk", GuestKind.Nominee);

        var body = await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<string>(
            "SELECT BodyText FROM MailOutbox WHERE ToAddress = 'minister@jm.dk'"));
        body!.ShouldContain("Kære Nick Hækkerup");
        body!.ShouldContain("Eigtveds Pakhus");
        body!.ShouldContain("kl. 14.00");

        (await AnswerAsync(minister.Token, "Attending", 2)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AnswerAsync(press.Token, "NotAttending", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tooMany = await AnswerAsync(press.Token, "Attending", 6);
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooMany.ProblemAsync()).GetProperty("errors").GetProperty("persons")[0].GetString().ShouldBe("I kan være 1 til 5 personer.");
        (await AnswerAsync("not-a-token", "Attending", 1)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/editions/2191/guests");
        list.GetProperty("invited").GetInt32().ShouldBe(3);
        list.GetProperty("attending").GetInt32().ShouldBe(1);
        list.GetProperty("notAttending").GetInt32().ShouldBe(1);
        list.GetProperty("unanswered").GetInt32().ShouldBe(1);
        list.GetProperty("persons").GetInt32().ShouldBe(2);
        (await app.Client().GetAsync("/api/editions/2191/guests")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var page = await admin.GetStringAsync("/sekretariat/2191/prisoverraekkelse");
        page.ShouldContain("Kommer: 1 (2 personer)");
        page.ShouldContain("presse@dr.dk");
    }

    [Fact]
    public async Task A_guest_answers_on_the_web_page_without_javascript()
    {
        await EditionAsync(2192, 30);
        var admin = await app.SecretariatAsync();
        var guest = await InviteAsync(admin, 2192, "Helle Brynaa", "helle@vejle.dk", GuestKind.Nominee);
        var client = app.Client();
        var url = $"/prisoverraekkelse/svar/{guest.Token}";
        var token = await client.AntiforgeryTokenAsync(url);
        var missing = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Persons"] = "2" }));
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Vælg, om du kommer.");
        var ok = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["Answer"] = "Attending", ["Persons"] = "3" }));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(url)).ShouldContain("Jeg kommer (3 personer)");
        (await app.Client().GetAsync("/prisoverraekkelse/svar/forkert")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Guests_who_said_yes_are_reminded_2_days_before_the_ceremony_exactly_once_and_answers_close_when_it_starts()
    {
        var at = await EditionAsync(2193, 20);
        var admin = await app.SecretariatAsync();
        var yes = await InviteAsync(admin, 2193, "Kommer", "ja@gaest.dk");
        var no = await InviteAsync(admin, 2193, "Kommer ikke", "nej@gaest.dk");
        await InviteAsync(admin, 2193, "Svarer ikke", "tavs@gaest.dk");
        await AnswerAsync(yes.Token, "Attending", 2);
        await AnswerAsync(no.Token, "NotAttending", null);

        app.Clock.SetUtcNow(at.AddDays(-2).AddMinutes(-1));
        await app.RunJobAsync(j => j.SendReminders());
        (await data.QueuedAsync($"reminder:ceremony:")).Where(k => k.Contains($":{yes.Id}:") || k.Contains($":{no.Id}:")).ShouldBeEmpty();

        app.Clock.SetUtcNow(at.AddDays(-1));
        await app.RunJobAsync(j => j.SendReminders());
        await app.RunJobAsync(j => j.SendReminders());
        var recipients = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT ToAddress FROM MailOutbox WHERE DedupKey LIKE 'reminder:ceremony:%' AND ToAddress LIKE '%@gaest.dk'"));
        recipients.ShouldBe(["ja@gaest.dk"]);

        app.Clock.SetUtcNow(at.AddMinutes(1));
        (await AnswerAsync(no.Token, "Attending", 1)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
