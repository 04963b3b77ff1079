using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class NextEditionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static DateTimeOffset Copenhagen(int year, int month, int day, int hour, int minute) =>
        DanishTime.FromLocal(new DateTime(year, month, day, hour, minute, 0));

    /// <summary>A leap year's edition with everything a year collects: criteria with anchors, a ceremony with a
    /// speaker and guests, jurors with sign-ins, a conflict and scores.</summary>
    private async Task<(long Juror, long Removed)> LastYearAsync(int year)
    {
        await Editions.Build(year).WithPrize(75_000).WithDeadlines(Copenhagen(year, 2, 29, 23, 59), Copenhagen(year, 4, 1, 12, 0),
            Copenhagen(year, 5, 1, 12, 0), Copenhagen(year, 6, 8, 14, 0), opensAt: Copenhagen(year, 1, 10, 9, 0)).CreateAsync(app);
        await app.SendAsSystem(new ReplaceCriteria.Command(year,
        [
            new("Effekt", "Virker det?", 2, 1, 5, "Ingen dokumenteret effekt", "Nogen effekt", "Klar, målt effekt"),
            new("Nytænkning", "Er det nyt?", 1, 1, 5),
        ]));
        await app.SendAsSystem(new SaveCeremony.Command(year, Copenhagen(year, 6, 8, 14, 0), "Christiansborg", "Prins Jørgens Gård 1",
            "Justitsministeren", 75_000, [new(Copenhagen(year, 6, 8, 14, 30), "Prisoverrækkelse", "Justitsministeren")], 0));
        await app.SendAsSystem(new InviteGuest.Command(year, "Gæst Gæstesen", "gaest@example.dk", null, GuestKind.Other));
        var juror = await JuryKit.InviteAsync(app, year, "Bo Ravn", chair: true);
        var removed = await JuryKit.InviteAsync(app, year, "Ulla Ude");
        await app.SendAsSystem(new RemoveJuror.Command(year, removed));
        var nomination = await new Nomination(year)
        {
            Title = "Tryg by", CandidateName = "Tryg by", Organisation = "Byforeningen", NominatorOrganisation = "Byforeningen",
        }.InsertAsync(app.Services);
        await JuryRows.ConflictAsync(app, year, juror, nomination, "Ansat i organisationen");
        return (juror, removed);
    }

    private Task<int> CountAsync(string sql, int year) =>
        ResultsTestData.WithDb(app, db => db.ScalarAsync<int>(sql, new { Year = year }));

    [Fact]
    public async Task Next_year_copies_criteria_ceremony_and_jury_a_year_later_as_an_invisible_draft()
    {
        await LastYearAsync(2028);
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Bo Ravn", 2028));
        var mailsBefore = await CountAsync("SELECT COUNT(*) FROM MailOutbox", 0);
        var linksBefore = await CountAsync("SELECT COUNT(*) FROM SignInLinks", 0);
        var secretariat = await app.SecretariatAsync();

        var created = await secretariat.PostAsync("/api/editions/2028/next-year", null);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.Location!.ToString().ShouldBe("/api/editions/2029");
        var edition = await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2029");
        edition.GetProperty("name").GetString().ShouldBe("Den Kriminalpræventive Pris 2029");
        edition.GetProperty("phase").GetString().ShouldBe("Draft");
        edition.GetProperty("prizeAmountDkk").GetInt32().ShouldBe(75_000);
        edition.GetProperty("nominationOpensAt").GetString().ShouldBe("2029-01-10T09:00:00+01:00");
        edition.GetProperty("nominationDeadline").GetString().ShouldBe("2029-02-28T23:59:00+01:00");
        edition.GetProperty("scoringDeadline").GetString().ShouldBe("2029-04-01T12:00:00+02:00");
        edition.GetProperty("ceremonyAt").GetString().ShouldBe("2029-06-08T14:00:00+02:00");
        (await app.Client().GetAsync("/api/editions/2029")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var criteria = (await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2029/criteria")).EnumerateArray().ToList();
        criteria.Select(c => c.GetProperty("name").GetString()).ShouldBe(["Effekt", "Nytænkning"]);
        criteria[0].GetProperty("weight").GetDouble().ShouldBe(2);
        criteria[0].GetProperty("anchorHigh").GetString().ShouldBe("Klar, målt effekt");

        var ceremony = await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2029/ceremony");
        ceremony.GetProperty("venue").GetString().ShouldBe("Christiansborg");
        ceremony.GetProperty("startsAt").GetString().ShouldBe("2029-06-08T14:00:00+02:00");
        var item = ceremony.GetProperty("programme").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("title").GetString().ShouldBe("Prisoverrækkelse");
        item.GetProperty("startsAt").GetString().ShouldBe("2029-06-08T14:30:00+02:00");
        item.GetProperty("speaker").ValueKind.ShouldBe(JsonValueKind.Null);

        var jurors = (await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2029/jurors")).EnumerateArray().ToList();
        var carried = jurors.ShouldHaveSingleItem();
        carried.GetProperty("name").GetString().ShouldBe("Bo Ravn");
        carried.GetProperty("isChair").GetBoolean().ShouldBeTrue();
        carried.GetProperty("invitationPending").GetBoolean().ShouldBeTrue();

        (await juror.GetAsync("/api/editions/2029/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountAsync("SELECT COUNT(*) FROM MailOutbox", 0)).ShouldBe(mailsBefore);
        (await CountAsync("SELECT COUNT(*) FROM SignInLinks", 0)).ShouldBe(linksBefore);
        (await CountAsync("SELECT COUNT(*) FROM Conflicts WHERE Year = @Year", 2029)).ShouldBe(0);
        (await CountAsync("SELECT COUNT(*) FROM Guests WHERE Year = @Year", 2029)).ShouldBe(0);
        (await CountAsync("SELECT COUNT(*) FROM ScoreSheets WHERE Year = @Year", 2029)).ShouldBe(0);
        (await CountAsync("SELECT COUNT(*) FROM Ballots WHERE Year = @Year", 2029)).ShouldBe(0);
    }

    [Fact]
    public async Task Next_year_is_refused_with_409_when_it_exists()
    {
        await Editions.Build(2040).CreateAsync(app);
        await Editions.Build(2041).CreateAsync(app);

        var response = await (await app.SecretariatAsync()).PostAsync("/api/editions/2040/next-year", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("Der findes allerede en prisuddeling for 2041.");
    }

    [Fact]
    public async Task A_carried_over_juror_signs_in_only_after_the_secretariat_invites_them()
    {
        await LastYearAsync(2032);
        var secretariat = await app.SecretariatAsync();
        (await secretariat.PostAsync("/api/editions/2032/next-year", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var email = JuryKit.Email("Bo Ravn", 2032);
        var mails = (await Mailbox.DeliveredToAsync(app, email)).Count;

        var invited = await secretariat.PostAsJsonAsync("/api/editions/2033/jurors",
            new { name = "Bo Ravn", email, organisation = "Ny organisation", isChair = false });

        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var delivered = await Mailbox.DeliveredToAsync(app, email);
        delivered.Count.ShouldBe(mails + 1);
        delivered[0].ShouldContain("Den Kriminalpræventive Pris 2033");
        var juror = (await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2033/jurors")).EnumerateArray().ShouldHaveSingleItem();
        juror.GetProperty("invitationPending").GetBoolean().ShouldBeFalse();
        juror.GetProperty("organisation").GetString().ShouldBe("Ny organisation");
        var signedIn = await JuryKit.SignedInAsync(app, email);
        (await signedIn.GetAsync("/api/editions/2033/criteria")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secretariat.PostAsJsonAsync("/api/editions/2033/jurors", new { name = "Bo Ravn", email, organisation = "X", isChair = false }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_secretariat_page_offers_next_year_from_the_newest_edition_and_creates_it()
    {
        await Editions.Build(2196).CreateAsync(app);
        var secretariat = await app.SecretariatAsync();
        var page = await secretariat.GetStringAsync("/sekretariat");
        page.ShouldContain("Opret 2197 ud fra 2196");

        var token = await secretariat.AntiforgeryTokenAsync("/sekretariat");
        var posted = await secretariat.PostAsync("/sekretariat?handler=Next", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["year"] = "2196",
        }));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await secretariat.GetStringAsync("/sekretariat")).ShouldContain("Prisuddelingen 2197 er oprettet som kladde ud fra 2196.");
        (await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2197")).GetProperty("phase").GetString().ShouldBe("Draft");
    }
}
