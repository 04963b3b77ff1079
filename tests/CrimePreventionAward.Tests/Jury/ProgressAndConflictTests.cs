using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jury;

public sealed class ProgressAndConflictTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Progress_is_right_with_3_jurors_5_nominations_and_one_conflict()
    {
        const int year = 2141;
        await Editions.CreateOpenAsync(app, year);
        var n = new List<long>();
        for (var i = 1; i <= 5; i++)
            n.Add(await new Nomination(year)
            {
                Title = $"Projekt {i}", Organisation = $"Forening {i}", NominatorOrganisation = i == 3 ? "Vestegnens Politi" : "Anden kreds",
            }.InsertAsync(app.Services));
        await new Nomination(year) { Title = "Ikke godkendt", Eligibility = "Ineligible" }.InsertAsync(app.Services);
        foreach (var name in new[] { "Anna", "Bent", "Carl" }) await JuryKit.InviteAsync(app, year, name);
        await JuryKit.OpenScoringAsync(app, year);
        var a = await JuryKit.SignedInAsync(app, JuryKit.Email("Anna", year));
        var b = await JuryKit.SignedInAsync(app, JuryKit.Email("Bent", year));
        var c = await JuryKit.SignedInAsync(app, JuryKit.Email("Carl", year));
        (await c.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { organisation = "VESTEGNENS POLITI", reason = "Ansat i kredsen" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var full = await JuryKit.FullSheetAsync(app, year, 4);
        foreach (var id in n) (await a.PutAsJsonAsync($"/api/editions/{year}/scores/{id}", full)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var id in n.Take(2)) (await b.PutAsJsonAsync($"/api/editions/{year}/scores/{id}", full)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = (await JuryKit.CriteriaAsync(app, year))[0].Id;
        (await b.PutAsJsonAsync($"/api/editions/{year}/scores/{n[2]}", new { scores = new Dictionary<string, int> { [first.ToString()] = 2 } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var progress = await (await app.SecretariatAsync()).GetFromJsonAsync<JsonElement>($"/api/editions/{year}/progress");
        var jurors = progress.GetProperty("jurors").EnumerateArray().ToDictionary(j => j.GetProperty("name").GetString()!);
        (jurors["Anna"].GetProperty("scored").GetInt32(), jurors["Anna"].GetProperty("toScore").GetInt32()).ShouldBe((5, 5));
        (jurors["Bent"].GetProperty("scored").GetInt32(), jurors["Bent"].GetProperty("toScore").GetInt32()).ShouldBe((2, 5));
        (jurors["Carl"].GetProperty("scored").GetInt32(), jurors["Carl"].GetProperty("toScore").GetInt32()).ShouldBe((0, 4));
        jurors["Carl"].GetProperty("conflicts").GetInt32().ShouldBe(1);
        jurors["Bent"].GetProperty("started").GetBoolean().ShouldBeTrue();
        progress.GetProperty("notStarted").EnumerateArray().Select(x => x.GetString()).ShouldBe(["Carl"]);
        progress.GetProperty("nominations").EnumerateArray()
            .Select(x => (x.GetProperty("scored").GetInt32(), x.GetProperty("toScore").GetInt32()))
            .ShouldBe([(2, 3), (2, 3), (1, 2), (1, 3), (1, 3)]);

        var mine = await c.GetFromJsonAsync<JsonElement>($"/api/editions/{year}/my/nominations");
        (mine.GetProperty("scored").GetInt32(), mine.GetProperty("toScore").GetInt32()).ShouldBe((0, 4));
        (await b.GetStringAsync($"/jury/{year}")).ShouldContain("2 af 5 bedømt");
        var page = await (await app.SecretariatAsync()).GetStringAsync($"/sekretariat/{year}/jury");
        page.ShouldContain("5 af 5 bedømt");
        page.ShouldContain("0 af 4 bedømt");
        page.ShouldContain("1 af 2 bedømt");
        page.ShouldContain("Ansat i kredsen");
    }

    [Fact]
    public async Task Remind_juror_sends_one_mail_now_with_progress_and_a_working_link()
    {
        const int year = 2142;
        await JuryKit.ScoringEditionAsync(app, year, 2);
        var jurorId = await JuryKit.InviteAsync(app, year, "Dorte");
        await JuryKit.OpenScoringAsync(app, year);
        var secretariat = await app.SecretariatAsync();
        var token = await secretariat.AntiforgeryTokenAsync($"/sekretariat/{year}/jury");
        var response = await secretariat.PostAsync($"/sekretariat/{year}/jury?handler=Remind", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jurorId"] = jurorId.ToString(), ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // A double click within the same minute queues one mail.
        (await secretariat.PostAsync($"/api/editions/{year}/jurors/{jurorId}/reminder", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mails = await app.WithScope(async sp => (await sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT BodyText FROM MailOutbox WHERE ToAddress = @E AND Subject LIKE 'Påmindelse%'", new { E = JuryKit.Email("Dorte", year) })).ToList());
        mails.ShouldHaveSingleItem().ShouldContain("du har bedømt 0 af 2 indstillinger");
        await JuryKit.SignedInAsync(app, JuryKit.Email("Dorte", year));
    }

    [Fact]
    public async Task Secretariat_records_an_organisation_conflict_that_covers_its_nominations_case_insensitively()
    {
        const int year = 2143;
        await Editions.CreateOpenAsync(app, year);
        var own = await new Nomination(year) { Title = "Fra organisationen", Organisation = "Vejle Kommune" }.InsertAsync(app.Services);
        var nominated = await new Nomination(year) { Title = "Indstillet af organisationen", Organisation = "SSP", NominatorOrganisation = "vejle kommune" }.InsertAsync(app.Services);
        var other = await new Nomination(year) { Title = "Uden forbindelse", Organisation = "Brydehuset" }.InsertAsync(app.Services);
        var jurorId = await JuryKit.InviteAsync(app, year, "Helle");
        var secretariat = await app.SecretariatAsync();
        (await secretariat.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { organisation = "Vejle Kommune", reason = "Hun er ansat der" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // the secretariat must name the juror
        (await secretariat.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { jurorId, organisation = "VEJLE KOMMUNE", reason = "Hun er ansat der" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Helle", year));
        var states = (await juror.GetFromJsonAsync<JsonElement>($"/api/editions/{year}/my/nominations")).GetProperty("nominations")
            .EnumerateArray().ToDictionary(x => x.GetProperty("id").GetInt64(), x => x.GetProperty("state").GetString());
        states[own].ShouldBe("Conflicted");
        states[nominated].ShouldBe("Conflicted");
        states[other].ShouldBe("NotStarted");
        var listed = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/editions/{year}/conflicts")).EnumerateArray().ToList();
        listed.ShouldHaveSingleItem().GetProperty("declaredBy").GetString().ShouldBe("Sekretariatet");
        (await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<int>(
            "SELECT COUNT(*) FROM AuditLog WHERE Action LIKE '%DeclareConflict%' AND Data LIKE '%VEJLE KOMMUNE%'"))).ShouldBe(1);
    }

    [Fact]
    public async Task Conflict_declarations_with_bad_input_are_refused_and_a_jurors_own_declaration_ignores_a_juror_id()
    {
        const int year = 2144;
        await Editions.CreateOpenAsync(app, year);
        var nomination = await new Nomination(year) { Title = "Et projekt" }.InsertAsync(app.Services);
        await JuryKit.InviteAsync(app, year, "Ib");
        var otherId = await JuryKit.InviteAsync(app, year, "Jytte");
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Ib", year));

        var neither = await juror.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { reason = "x" });
        neither.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await neither.ProblemAsync()).GetProperty("errors").GetProperty("nominationId")[0].GetString().ShouldBe("Vælg en indstilling eller skriv en organisation.");
        (await juror.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { nominationId = nomination, organisation = "X", reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await juror.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { nominationId = nomination, reason = "" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await juror.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { nominationId = 999999, reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var own = await juror.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { nominationId = nomination, reason = "Nabo", jurorId = otherId });
        own.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jurorId").GetInt64().ShouldNotBe(otherId);
        var other = await JuryKit.SignedInAsync(app, JuryKit.Email("Jytte", year));
        (await other.GetFromJsonAsync<JsonElement>($"/api/editions/{year}/my/nominations")).GetProperty("nominations")[0]
            .GetProperty("state").GetString().ShouldBe("NotStarted");
    }

    [Fact]
    public async Task Juror_declares_a_conflict_through_the_jury_page()
    {
        const int year = 2145;
        await Editions.CreateOpenAsync(app, year);
        var nomination = await new Nomination(year) { Title = "Sidens projekt" }.InsertAsync(app.Services);
        await JuryKit.InviteAsync(app, year, "Kim");
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Kim", year));
        var token = await juror.AntiforgeryTokenAsync($"/jury/{year}");
        var empty = await juror.PostAsync($"/jury/{year}?handler=Conflict", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Conflict.NominationId"] = nomination.ToString(), ["Conflict.Reason"] = "", ["__RequestVerificationToken"] = token,
        }));
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Skriv en begrundelse for inhabiliteten.");
        var ok = await juror.PostAsync($"/jury/{year}?handler=Conflict", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Conflict.NominationId"] = nomination.ToString(), ["Conflict.Reason"] = "Min søster leder projektet", ["__RequestVerificationToken"] = token,
        }));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await juror.GetStringAsync($"/jury/{year}");
        page.ShouldContain("Min søster leder projektet");
        page.ShouldContain("Inhabil – kan ikke bedømmes");
    }
}
