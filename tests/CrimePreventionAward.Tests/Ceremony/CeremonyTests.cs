using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Results;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Ceremony;

public sealed class CeremonyTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static readonly DateTimeOffset CeremonyAt = new(2027, 11, 10, 13, 0, 0, TimeSpan.Zero);

    private async Task CreateEditionAsync(int year)
    {
        var at = CeremonyAt.AddYears(year - 2027);
        // A Draft is the secretariat's alone; the public reads an edition once it is opened.
        await Editions.Build(year).WithCeremonyAt(at).InPhase(Phase.NominationOpen).CreateAsync(app);
    }

    private static object Body(DateTimeOffset at, int version, string venue = "Eigtveds Pakhus") => new
    {
        startsAt = at, venue, address = "Asiatisk Plads 2, København", presenter = "Justitsminister Nick Hækkerup",
        prizeAmountDkk = 50_000, version,
        programme = new[]
        {
            new { startsAt = at.AddMinutes(45), title = "Overrækkelse", speaker = (string?)"Justitsministeren" },
            new { startsAt = at, title = "Velkomst", speaker = (string?)null },
        },
    };

    [Fact]
    public async Task The_secretariat_saves_the_ceremony_and_everyone_reads_it_with_its_programme_in_time_order()
    {
        await CreateEditionAsync(2027);
        var admin = await app.SecretariatAsync();
        var saved = await admin.PutAsJsonAsync("/api/editions/2027/ceremony", Body(CeremonyAt, 0));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var json = await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2027/ceremony");
        json.GetProperty("startsAt").GetString().ShouldBe("2027-11-10T14:00:00+01:00");
        json.GetProperty("venue").GetString().ShouldBe("Eigtveds Pakhus");
        json.GetProperty("presenter").GetString().ShouldBe("Justitsminister Nick Hækkerup");
        json.GetProperty("prizeAmountDkk").GetInt32().ShouldBe(50_000);
        json.GetProperty("programme").EnumerateArray().Select(p => p.GetProperty("title").GetString()).ShouldBe(["Velkomst", "Overrækkelse"]);

        var page = await app.Client().GetStringAsync("/prisoverraekkelse?aar=2027");
        page.ShouldContain("Eigtveds Pakhus");
        page.ShouldContain("14.45");
        page.ShouldContain("/api/editions/2027/ceremony.ics");
    }

    [Fact]
    public async Task Saving_with_a_stale_version_is_refused_and_anonymous_saving_is_not_allowed()
    {
        await CreateEditionAsync(2028);
        var at = CeremonyAt.AddYears(1);
        var admin = await app.SecretariatAsync();
        (await admin.PutAsJsonAsync("/api/editions/2028/ceremony", Body(at, 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync("/api/editions/2028/ceremony", Body(at, 1, "Nyt sted"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync("/api/editions/2028/ceremony", Body(at, 1, "Forældet"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.Client().PutAsJsonAsync("/api/editions/2028/ceremony", Body(at, 2))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2028/ceremony")).GetProperty("venue").GetString().ShouldBe("Nyt sted");
    }

    [Fact]
    public async Task A_ceremony_before_the_final_vote_deadline_or_without_a_venue_gives_field_errors()
    {
        await CreateEditionAsync(2029);
        var admin = await app.SecretariatAsync();
        var early = await admin.PutAsJsonAsync("/api/editions/2029/ceremony", Body(CeremonyAt.AddYears(2).AddDays(-30), 0));
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.ProblemAsync()).GetProperty("errors").TryGetProperty("startsAt", out _).ShouldBeTrue();
        var noVenue = await admin.PutAsJsonAsync("/api/editions/2029/ceremony", Body(CeremonyAt.AddYears(2), 0, venue: ""));
        (await noVenue.ProblemAsync()).GetProperty("errors").GetProperty("venue")[0].GetString().ShouldBe("Skriv stedet.");
    }

    [Fact]
    public async Task The_winners_name_never_appears_on_the_ceremony_page_api_or_calendar()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2030, ("ceremoni2030@test.dk", false));
        (await s.Secretariat.PutAsJsonAsync("/api/editions/2030/ceremony", Body(CeremonyAt.AddYears(3), 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Ballots.CastAsync(app, 2030, "ceremoni2030@test.dk", s.A, s.B, s.C);
        (await app.SendAsSystem(new RecordDecision.Command(2030, "Hemmelig begrundelse"))).ShouldNotBeNull();
        foreach (var url in new[] { "/api/editions/2030/ceremony", "/api/editions/2030/ceremony.ics", "/prisoverraekkelse?aar=2030" })
        {
            var text = await app.Client().GetStringAsync(url);
            text.ShouldNotContain("Hemmelig");
            text.ShouldNotContain("Alfa");
        }
    }

    [Fact]
    public async Task The_secretariat_edits_the_ceremony_on_its_page_and_others_are_sent_to_sign_in()
    {
        await CreateEditionAsync(2035);
        (await app.Client().GetAsync("/sekretariat/2035/prisoverraekkelse")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var admin = await app.SecretariatAsync();
        var url = "/sekretariat/2035/prisoverraekkelse";
        var token = await admin.AntiforgeryTokenAsync(url);
        var post = await admin.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Version"] = "0",
            ["Form.StartsAt"] = "2035-11-10T14:00",
            ["Form.Venue"] = "Christiansborg",
            ["Form.Address"] = "Prins Jørgens Gård 1",
            ["Form.Presenter"] = "Justitsministeren",
            ["Form.PrizeAmountDkk"] = "60000",
            ["Form.Items[0].Time"] = "14:30",
            ["Form.Items[0].Title"] = "Overrækkelse",
            ["Form.Items[0].Speaker"] = "Justitsministeren",
            ["Form.Items[1].Time"] = "",
            ["Form.Items[1].Title"] = "",
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        var json = await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2035/ceremony");
        json.GetProperty("startsAt").GetString().ShouldBe("2035-11-10T14:00:00+01:00");
        json.GetProperty("prizeAmountDkk").GetInt32().ShouldBe(60_000);
        json.GetProperty("programme")[0].GetProperty("startsAt").GetString().ShouldBe("2035-11-10T14:30:00+01:00");
        (await app.SendAsSystem(new GetEdition.Query(2035))).CeremonyAt.ShouldBe(new DateTimeOffset(2035, 11, 10, 13, 0, 0, TimeSpan.Zero));

        var missing = await admin.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.Version"] = "1", ["Form.StartsAt"] = "2035-11-10T14:00", ["Form.Venue"] = "",
            ["Form.Address"] = "Prins Jørgens Gård 1", ["Form.Presenter"] = "Justitsministeren", ["Form.PrizeAmountDkk"] = "60000",
        }));
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await missing.Content.ReadAsStringAsync();
        html.ShouldContain("Skriv stedet.");
        html.ShouldContain("Prins Jørgens Gård 1");
    }
}
