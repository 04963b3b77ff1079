using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Audit;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Demo;

public sealed class DemoDataTests(DemoAwardFactory app) : IClassFixture<DemoAwardFactory>
{
    private const int Year = DemoEdition.Year;

    [Fact]
    public async Task Demo_edition_has_a_published_winner_whose_decision_recounts_to_the_same_result()
    {
        var winner = await app.Client().GetFromJsonAsync<JsonElement>($"/api/editions/{Year}/winner");
        winner.GetProperty("editionName").GetString().ShouldBe(DemoEdition.Name);

        var secretariat = await app.SecretariatAsync();
        var recount = await secretariat.GetFromJsonAsync<JsonElement>($"/api/editions/{Year}/recount");
        recount.GetProperty("summary").GetString().ShouldBe($"recount {Year}: same winner, same matrix");
        recount.GetProperty("recountedWinner").GetInt64().ShouldBe(winner.GetProperty("nominationId").GetInt64());
        recount.GetProperty("tieBreaks").GetArrayLength().ShouldBeGreaterThan(0);
        (await app.SendAsSystem(new VerifyAuditChain.Query())).Holds.ShouldBeTrue();
    }

    [Fact]
    public async Task Demo_edition_has_jurors_scores_a_conflict_ballots_guests_and_mail()
    {
        var counts = await app.WithScope(sp => sp.GetRequiredService<Db>().QuerySingleOrDefaultAsync<Counts>("""
            SELECT (SELECT COUNT(*) FROM Jurors WHERE Year = @Year) AS Jurors,
                   (SELECT COUNT(*) FROM ScoreSheets WHERE Year = @Year) AS Sheets,
                   (SELECT COUNT(*) FROM Conflicts WHERE Year = @Year) AS Conflicts,
                   (SELECT COUNT(*) FROM Ballots WHERE Year = @Year) AS Ballots,
                   (SELECT COUNT(*) FROM Guests WHERE Year = @Year) AS Guests,
                   (SELECT COUNT(*) FROM MailOutbox WHERE ToAddress LIKE '%@eksempel.dk') AS Mails
            """, new { Year }));
        counts.ShouldNotBeNull();
        counts.ShouldSatisfyAllConditions(
            () => counts.Jurors.ShouldBe(3), () => counts.Sheets.ShouldBe(11), () => counts.Conflicts.ShouldBe(1),
            () => counts.Ballots.ShouldBe(3), () => counts.Guests.ShouldBe(3), () => counts.Mails.ShouldBeGreaterThanOrEqualTo(11));
        (await app.SendAsSystem(new GetEdition.Query(Year))).Phase.ShouldBe(Phase.Announced);
    }

    [Fact]
    public async Task Demo_edition_never_becomes_the_current_edition_and_2020_has_no_winner()
    {
        (await app.SendAsSystem(new GetEdition.Query())).Year.ShouldBe(2027);
        (await app.Client().GetAsync("/api/editions/2020/winner")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var nominees = await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2020/nominees");
        nominees.GetProperty("nominees").GetArrayLength().ShouldBe(3);
        (await app.Client().GetStringAsync("/arkiv")).ShouldContain(DemoEdition.Name);
    }

    [Fact]
    public async Task Demo_juror_signs_in_from_the_login_page_in_one_click_in_Development()
    {
        var client = app.Client();
        var login = await client.GetStringAsync("/login");
        login.ShouldContain("Log ind som demo-jurymedlem");
        var token = await client.AntiforgeryTokenAsync("/login");
        var response = await client.PostAsync("/login?handler=Demo", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/jury");
        var jury = await client.GetAsync("/jury"); // the juror's only year
        jury.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        jury.Headers.Location!.OriginalString.ShouldContain(Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await client.GetStringAsync(jury.Headers.Location)).ShouldContain("Nattevandrerne i Fiktivby (demo)");
    }

    private sealed class Counts
    {
        public int Jurors { get; init; }
        public int Sheets { get; init; }
        public int Conflicts { get; init; }
        public int Ballots { get; init; }
        public int Guests { get; init; }
        public int Mails { get; init; }
    }
}
