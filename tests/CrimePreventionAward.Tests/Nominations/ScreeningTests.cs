using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class ScreeningTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private Task<long> AuditCountAsync(string action, long id) => app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(
        "SELECT COUNT(*) FROM AuditLog WHERE Action = @action AND Data LIKE @id", new { action, id = $"%\"id\":{id}%" }));

    [Fact]
    public async Task Secretariat_screens_with_a_reason_the_nominator_sees_it_only_when_shared_and_every_step_is_audited()
    {
        await Editions.CreateOpenAsync(app, 2071);
        var created = await SubmitOverApiAsync(app.Client(), 2071);
        var id = created.GetProperty("id").GetInt64();
        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", created.GetProperty("editToken").GetString());
        var link = $"/indstilling/{created.GetProperty("reference").GetString()}?token={Uri.EscapeDataString(created.GetProperty("editToken").GetString()!)}";
        var secretariat = await app.SecretariatAsync();

        var screened = await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening", new { eligible = false, reason = "Initiativet er ikke kriminalpræventivt" });
        screened.StatusCode.ShouldBe(HttpStatusCode.OK, await screened.Content.ReadAsStringAsync());
        var hidden = await nominator.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}");
        hidden.GetProperty("eligibilityReason").ValueKind.ShouldBe(JsonValueKind.Null);
        hidden.GetProperty("eligibility").ValueKind.ShouldBe(JsonValueKind.Null);
        (await nominator.GetStringAsync(link)).ShouldNotContain("ikke kriminalpræventivt");
        var full = await secretariat.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}");
        full.GetProperty("eligibility").GetString().ShouldBe("Ineligible");
        full.GetProperty("eligibilityReason").GetString().ShouldBe("Initiativet er ikke kriminalpræventivt");

        (await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening",
            new { eligible = true, reason = "Opfylder alle kriterier", shareReasonWithNominator = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shared = await nominator.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}");
        shared.GetProperty("eligibility").GetString().ShouldBe("Eligible");
        shared.GetProperty("eligibilityReason").GetString().ShouldBe("Opfylder alle kriterier");
        (await nominator.GetStringAsync(link)).ShouldContain("Opfylder kriterierne: Opfylder alle kriterier");

        (await secretariat.PostAsJsonAsync($"/api/nominations/{id}/notes", new { text = "Ring til Ditte" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await nominator.GetFromJsonAsync<JsonElement>($"/api/nominations/{id}")).GetProperty("notes").GetArrayLength().ShouldBe(0);

        (await AuditCountAsync("Nominations.SubmitNomination.Command", id)).ShouldBe(1);
        (await AuditCountAsync("Nominations.ScreenNomination.Command", id)).ShouldBe(2);
        (await AuditCountAsync("Nominations.AddNote.Command", id)).ShouldBe(1);
        var audit = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT Data FROM AuditLog WHERE Action LIKE 'Nominations.%'"));
        audit.ShouldAllBe(d => !d.Contains(created.GetProperty("editToken").GetString()!));
    }

    [Fact]
    public async Task Screening_needs_a_reason_and_the_secretariat_role()
    {
        await Editions.CreateOpenAsync(app, 2072);
        var id = (await SubmitOverApiAsync(app.Client(), 2072)).GetProperty("id").GetInt64();
        (await app.Client().PostAsJsonAsync($"/api/nominations/{id}/screening", new { eligible = true, reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var secretariat = await app.SecretariatAsync();
        var response = await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening", new { eligible = true, reason = "" });
        (await response.ProblemAsync()).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("Skriv en begrundelse.");
    }

    [Fact]
    public async Task Screening_page_saves_the_decision_and_notes()
    {
        await Editions.CreateOpenAsync(app, 2073);
        var id = (await SubmitOverApiAsync(app.Client(), 2073)).GetProperty("id").GetInt64();
        var secretariat = await app.SecretariatAsync();
        var url = $"/sekretariat/indstillinger/{id}";
        var token = await secretariat.AntiforgeryTokenAsync(url);
        var posted = await secretariat.PostAsync(url + "?handler=Screen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Eligible"] = "true", ["Reason"] = "Stærk dokumentation", ["Share"] = "true",
        }));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var note = await secretariat.PostAsync(url + "?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["NoteText"] = "<i>Husk</i> referencer",
        }));
        note.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await secretariat.GetStringAsync(url);
        page.ShouldContain("Stærk dokumentation");
        page.ShouldContain("&lt;i&gt;Husk&lt;/i&gt; referencer");
        page.ShouldContain("checked=\"checked\" />");
    }
}
