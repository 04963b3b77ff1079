using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class EditionApiTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Secretariat_creates_an_edition_and_anyone_reads_it_with_Danish_offsets()
    {
        var client = await app.SecretariatAsync();
        var created = await client.PostAsJsonAsync("/api/editions", Editions.Build(2050).Command);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe("/api/editions/2050");

        (await client.PostAsJsonAsync("/api/editions/2050/phase", new { phase = "NominationOpen" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var edition = await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2050");
        edition.GetProperty("phase").GetString().ShouldBe("NominationOpen");
        edition.GetProperty("nominationDeadline").GetString().ShouldBe("2027-01-15T23:59:00+01:00");
        (await app.Client().GetFromJsonAsync<JsonElement>("/api/editions")).EnumerateArray()
            .ShouldContain(e => e.GetProperty("year").GetInt32() == 2050);
    }

    [Fact]
    public async Task Editions_are_listed_by_phase_and_a_phase_that_does_not_exist_is_refused_with_problem_details()
    {
        await Editions.CreateOpenAsync(app, 2063);
        await Editions.Build(2064).InPhase(Phase.Screening, "Testudgave").CreateAsync(app);
        var anonymous = app.Client();

        var open = await anonymous.GetFromJsonAsync<JsonElement>("/api/editions?phase=NominationOpen");
        open.EnumerateArray().ShouldContain(e => e.GetProperty("year").GetInt32() == 2063);
        open.EnumerateArray().ShouldAllBe(e => e.GetProperty("phase").GetString() == "NominationOpen");
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/editions?phase=Screening")).EnumerateArray()
            .Select(e => e.GetProperty("year").GetInt32()).ShouldContain(2064);
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/editions?phase=Draft")).GetArrayLength().ShouldBe(0); // a Draft is never public

        foreach (var phase in new[] { "Nominering", "99" })
        {
            var refused = await anonymous.GetAsync($"/api/editions?phase={phase}");
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, phase);
            (await refused.ProblemAsync()).GetProperty("errors").TryGetProperty("phase", out _).ShouldBeTrue(phase);
        }
    }

    [Fact]
    public async Task Invalid_edition_gets_400_problem_details_with_Danish_field_errors()
    {
        var client = await app.SecretariatAsync();
        var response = await client.PostAsJsonAsync("/api/editions", Editions.Build(1900).Command with { Name = "" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("year")[0].GetString().ShouldBe("Året skal ligge mellem 1996 og 2200.");
        errors.GetProperty("name")[0].GetString().ShouldBe("Skriv et navn.");
    }

    [Fact]
    public async Task Malformed_json_gets_400_problem_details_not_500()
    {
        var client = await app.SecretariatAsync();
        var response = await client.PostAsync("/api/editions", new StringContent("{\"year\": \"not a number\"", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task A_Draft_edition_is_invisible_to_the_public_on_every_by_year_route_and_in_the_list()
    {
        var secretariat = await app.SecretariatAsync();
        (await secretariat.PostAsJsonAsync("/api/editions", Editions.Build(2058).Command)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var anonymous = app.Client();
        var byYear = await anonymous.GetAsync("/api/editions/2058");
        byYear.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await byYear.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Prisuddelingen 2058 findes ikke.");
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/editions")).EnumerateArray()
            .ShouldNotContain(e => e.GetProperty("year").GetInt32() == 2058);

        (await anonymous.GetAsync("/api/editions/2058/ceremony")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/api/editions/2058/ceremony.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The ceremony page answers a Draft's year as it answers an unknown one: no ceremony, nothing of the edition.
        (await anonymous.GetStringAsync("/prisoverraekkelse?aar=2058")).ShouldNotContain("Pris 2058");

        (await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2058")).GetProperty("phase").GetString().ShouldBe("Draft");
        (await secretariat.GetAsync("/api/editions/2058/ceremony")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secretariat.GetFromJsonAsync<JsonElement>("/api/editions")).EnumerateArray()
            .ShouldContain(e => e.GetProperty("year").GetInt32() == 2058);
    }

    [Fact]
    public async Task Unknown_edition_gets_404_problem_details()
    {
        var response = await app.Client().GetAsync("/api/editions/1997");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Prisuddelingen 1997 findes ikke.");
    }

    [Fact]
    public async Task Duplicate_year_gets_409()
    {
        var client = await app.SecretariatAsync();
        (await client.PostAsJsonAsync("/api/editions", Editions.Build(2051).Command)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/editions", Editions.Build(2051).Command)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Phase_moves_one_step_forward_without_a_reason()
    {
        var client = await app.SecretariatAsync();
        await client.PostAsJsonAsync("/api/editions", Editions.Build(2052).Command);
        var response = await client.PostAsJsonAsync("/api/editions/2052/phase", new { phase = "NominationOpen" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().GetFromJsonAsync<JsonElement>("/api/editions/2052")).GetProperty("phase").GetString().ShouldBe("NominationOpen");
    }

    [Theory]
    [InlineData("Scoring")]
    [InlineData("Draft")]
    public async Task Phase_change_that_skips_or_goes_back_without_a_reason_gets_409(string target)
    {
        var client = await app.SecretariatAsync();
        var year = target == "Scoring" ? 2053 : 2054;
        await client.PostAsJsonAsync("/api/editions", Editions.Build(year).Command);
        await client.PostAsJsonAsync($"/api/editions/{year}/phase", new { phase = "NominationOpen" });
        var refused = await client.PostAsJsonAsync($"/api/editions/{year}/phase", new { phase = target });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ProblemAsync()).GetProperty("title").GetString()!.ShouldContain("kræver en begrundelse");

        var withReason = await client.PostAsJsonAsync($"/api/editions/{year}/phase", new { phase = target, reason = "Genåbnet efter aftale med formanden" });
        withReason.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Phase_change_for_unknown_edition_gets_404()
    {
        var client = await app.SecretariatAsync();
        (await client.PostAsJsonAsync("/api/editions/1998/phase", new { phase = "NominationOpen" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_phase_name_gets_400()
    {
        var client = await app.SecretariatAsync();
        await client.PostAsJsonAsync("/api/editions", Editions.Build(2055).Command);
        (await client.PostAsJsonAsync("/api/editions/2055/phase", new { phase = "Bogus" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
