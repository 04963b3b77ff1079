using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jury;

public sealed class CriteriaTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task An_edition_gets_the_five_default_criteria_with_weight_1_and_scale_1_to_5()
    {
        await Editions.CreateOpenAsync(app, 2111);
        var criteria = await (await app.SecretariatAsync()).GetFromJsonAsync<JsonElement>("/api/editions/2111/criteria");
        criteria.EnumerateArray().Select(k => k.GetProperty("name").GetString())
            .ShouldBe(["Kriminalpræventiv effekt", "Nytænkning", "Forankring", "Overførbarhed", "Samarbejde"]);
        criteria.EnumerateArray().ShouldAllBe(k => k.GetProperty("weight").GetDouble() == 1
            && k.GetProperty("scaleMin").GetInt32() == 1 && k.GetProperty("scaleMax").GetInt32() == 5);
        await JuryKit.InviteAsync(app, 2111, "Anne Dal");
        (await JuryKit.CriteriaAsync(app, 2111)).Count.ShouldBe(5); // inviting does not add them twice
    }

    [Fact]
    public async Task Reading_the_criteria_writes_nothing_and_the_editions_own_jurors_may_read_them()
    {
        await Editions.CreateOpenAsync(app, 2115);
        await Editions.CreateOpenAsync(app, 2116);
        await JuryKit.InviteAsync(app, 2115, "Cille Krog");
        await JuryKit.InviteAsync(app, 2116, "Dan Holm");
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Cille Krog", 2115));
        var otherJuror = await JuryKit.SignedInAsync(app, JuryKit.Email("Dan Holm", 2116));
        var secretariat = await app.SecretariatAsync();
        var auditRows = await AuditRowsAsync();

        (await juror.GetFromJsonAsync<JsonElement>("/api/editions/2115/criteria")).GetArrayLength().ShouldBe(5);
        (await secretariat.GetAsync("/api/editions/2115/criteria")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherJuror.GetAsync("/api/editions/2115/criteria")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await AuditRowsAsync()).ShouldBe(auditRows);
    }

    private Task<int> AuditRowsAsync() => app.WithScope(sp =>
        sp.GetRequiredService<Db>().ScalarAsync<int>("SELECT COUNT(*) FROM AuditLog"));

    [Fact]
    public async Task Criteria_are_replaced_before_scoring_and_frozen_with_409_once_scoring_opens()
    {
        await Editions.CreateOpenAsync(app, 2112);
        var client = await app.SecretariatAsync();
        var replaced = await client.PutAsJsonAsync("/api/editions/2112/criteria", new
        {
            criteria = new[]
            {
                new { name = "Effekt", description = "Dokumenteret", weight = 2.0, scaleMin = 1, scaleMax = 10 },
                new { name = "Samarbejde", description = "", weight = 1.0, scaleMin = 0, scaleMax = 3 },
            },
        });
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        list.GetArrayLength().ShouldBe(2);
        list[0].GetProperty("weight").GetDouble().ShouldBe(2.0);

        await JuryKit.OpenScoringAsync(app, 2112);
        var frozen = await client.PutAsJsonAsync("/api/editions/2112/criteria", new
        {
            criteria = new[] { new { name = "Nyt", description = "", weight = 1.0, scaleMin = 1, scaleMax = 5 } },
        });
        frozen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await frozen.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("bedømmelsen er åbnet");
        (await JuryKit.CriteriaAsync(app, 2112)).Select(k => k.Name).ShouldBe(["Effekt", "Samarbejde"]);
    }

    [Fact]
    public async Task Each_criterion_keeps_what_the_low_middle_and_high_end_of_its_scale_mean()
    {
        await Editions.CreateOpenAsync(app, 2117);
        var client = await app.SecretariatAsync();
        var suggested = await client.GetFromJsonAsync<JsonElement>("/api/editions/2117/criteria");
        suggested.EnumerateArray().ShouldAllBe(k => k.GetProperty("anchorLow").GetString() != ""
            && k.GetProperty("anchorMid").GetString() != "" && k.GetProperty("anchorHigh").GetString() != "");

        var replaced = await client.PutAsJsonAsync("/api/editions/2117/criteria", new
        {
            criteria = new[]
            {
                new { name = "Effekt", description = "", weight = 1.0, scaleMin = 1, scaleMax = 5,
                      anchorLow = "Ingen effekt", anchorMid = "Nogen effekt", anchorHigh = "Målt effekt" },
            },
        });
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stored = (await JuryKit.CriteriaAsync(app, 2117)).Single();
        (stored.AnchorLow, stored.AnchorMid, stored.AnchorHigh).ShouldBe(("Ingen effekt", "Nogen effekt", "Målt effekt"));

        var tooLong = await client.PutAsJsonAsync("/api/editions/2117/criteria", new
        {
            criteria = new[] { new { name = "Effekt", description = "", weight = 1.0, scaleMin = 1, scaleMax = 5, anchorHigh = new string('x', 301) } },
        });
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.ProblemAsync()).GetProperty("errors").GetProperty("criteria[0].anchorHigh")[0].GetString()
            .ShouldBe("Hvert skalatrin må højst have 300 tegn.");
    }

    [Fact]
    public async Task Invalid_criteria_get_400_with_Danish_field_errors()
    {
        await Editions.CreateOpenAsync(app, 2113);
        var response = await (await app.SecretariatAsync()).PutAsJsonAsync("/api/editions/2115/criteria", new
        {
            criteria = new[] { new { name = "", description = "", weight = 0.0, scaleMin = 5, scaleMax = 1 } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        errors.GetProperty("criteria[0].name")[0].GetString().ShouldBe("Skriv kriteriets navn.");
        errors.GetProperty("criteria[0].weight")[0].GetString().ShouldBe("Vægten skal være større end 0.");
        errors.GetProperty("criteria[0].scaleMax")[0].GetString().ShouldBe("Skalaens maksimum skal være større end minimum.");
        (await (await app.SecretariatAsync()).PutAsJsonAsync("/api/editions/2115/criteria", new { criteria = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class CriteriaPageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Secretariat_edits_criteria_on_the_page_until_scoring_opens()
    {
        await Editions.CreateOpenAsync(app, 2114);
        var client = await app.SecretariatAsync();
        const string url = "/sekretariat/2114/kriterier";
        var html = await client.GetStringAsync(url);
        html.ShouldContain("value=\"Kriminalpræventiv effekt\"");

        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(url) };
        void Row(int i, string name, string weight, string min, string max)
        {
            form[$"Rows[{i}].Name"] = name; form[$"Rows[{i}].Description"] = ""; form[$"Rows[{i}].Weight"] = weight;
            form[$"Rows[{i}].ScaleMin"] = min; form[$"Rows[{i}].ScaleMax"] = max;
        }
        Row(0, "Effekt", "2", "1", "5");
        Row(1, "", "", "", "");
        Row(2, "Samarbejde", "1", "5", "1");
        var refused = await client.PostAsync(url, new FormUrlEncodedContent(form));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("Skalaens maksimum skal være større end minimum.");
        page.ShouldContain("id=\"Rows[2]_ScaleMax-error\"");

        Row(2, "Samarbejde", "1", "1", "3");
        (await client.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await JuryKit.CriteriaAsync(app, 2114)).Select(k => (k.Name, k.Weight, k.ScaleMax)).ShouldBe([("Effekt", 2.0, 5), ("Samarbejde", 1.0, 3)]);

        await JuryKit.OpenScoringAsync(app, 2114);
        (await client.GetStringAsync(url)).ShouldContain("kriterierne kan ikke længere ændres");
        var frozen = await client.PostAsync(url, new FormUrlEncodedContent(form));
        (await frozen.Content.ReadAsStringAsync()).ShouldContain("Kriterierne kan ikke ændres, når bedømmelsen er åbnet.");
    }
}
