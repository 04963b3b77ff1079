using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using Results = CrimePreventionAward.Tests.Results;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation.BadInput;

/// <summary>Every /api answer ≥ 400 is problem details, whoever produced it: routing, limits, binding or a handler.</summary>
public sealed class ApiFailureTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static StringContent Json(object body, string contentType = "application/json")
    {
        var content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    [Fact]
    public async Task Json_with_an_unknown_charset_gets_415_problem_details_and_nothing_is_stored()
    {
        await Editions.CreateOpenAsync(app, 2061);
        var response = await app.Client().PostAsync("/api/editions/2061/nominations", Json(Fields(), "application/json; charset=klingon"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(415);
        (await CountAsync(app, 2061)).ShouldBe(0);
    }

    [Theory]
    [InlineData("GET", "/api/editions/abc", 404)]
    [InlineData("GET", "/api/editions/2027/winner/extra", 404)]
    [InlineData("GET", "/api/nominations/99999999999999999999999", 404)]
    [InlineData("GET", "/api/findes-ikke", 404)]
    [InlineData("DELETE", "/api/editions", 405)]
    [InlineData("PATCH", "/api/editions/2027/ceremony", 405)]
    public async Task Refusals_by_routing_are_problem_details(string method, string path, int status)
    {
        var response = await app.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        ((int)response.StatusCode).ShouldBe(status);
        (await response.ProblemAsync()).GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415_problem_details()
    {
        await Editions.CreateOpenAsync(app, 2062);
        var response = await app.Client().PostAsync("/api/editions/2062/nominations", new StringContent("candidateName=x", Encoding.UTF8, "text/plain"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(415);
    }

    [Fact]
    public async Task Broken_json_and_wrong_types_get_400_problem_details_without_exception_text()
    {
        await Editions.CreateOpenAsync(app, 2063);
        foreach (var body in new[] { "{", "{\"consentGiven\": \"kanske\"}", "{\"candidateName\": 12}", "[]", "{\"candidateKind\": \"Rumvæsen\"}" })
        {
            var response = await app.Client().PostAsync("/api/editions/2063/nominations", new StringContent(body, Encoding.UTF8, "application/json"));
            ((int)response.StatusCode).ShouldBeInRange(400, 499, body);
            var text = await response.Content.ReadAsStringAsync();
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
            text.ShouldNotContain("Exception");
            text.ShouldNotContain("   at ");
        }
        (await CountAsync(app, 2063)).ShouldBe(0);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_gets_400_naming_the_field()
    {
        await Editions.CreateOpenAsync(app, 2068);
        var wrongType = await app.Client().PostAsync("/api/editions/2068/nominations",
            new StringContent("{\"title\": \"Et projekt\", \"consentGiven\": \"kanske\"}", Encoding.UTF8, "application/json"));
        (await ErrorsAsync(wrongType)).TryGetProperty("consentGiven", out _).ShouldBeTrue();
        var broken = await app.Client().PostAsync("/api/editions/2068/nominations", new StringContent("{\"title\":", Encoding.UTF8, "application/json"));
        (await ErrorsAsync(broken)).TryGetProperty("title", out _).ShouldBeTrue(); // where the JSON broke off
        var notAnObject = await app.Client().PostAsync("/api/editions/2068/nominations", new StringContent("[1]", Encoding.UTF8, "application/json"));
        (await ErrorsAsync(notAnObject)).TryGetProperty("body", out _).ShouldBeTrue();
        (await CountAsync(app, 2068)).ShouldBe(0);
    }

    [Fact]
    public async Task A_declared_12_MB_json_body_is_refused_with_413_before_it_is_read()
    {
        await Editions.CreateOpenAsync(app, 2064);
        var huge = new string('a', 12 * 1024 * 1024);
        var response = await app.Client().PostAsync("/api/editions/2064/nominations", Json(Fields() with { Description = huge }));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(413);
        (await CountAsync(app, 2064)).ShouldBe(0);
    }

    [Fact]
    public async Task A_streamed_json_body_is_refused_with_413_as_soon_as_it_passes_the_api_limit()
    {
        await Editions.CreateOpenAsync(app, 2065);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(Fields() with { Description = new string('a', 400_000) }, JsonSerializerOptions.Web);
        var response = await app.Client().PostAsync("/api/editions/2065/nominations", new UnknownLengthContent(bytes, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(413);
        (await CountAsync(app, 2065)).ShouldBe(0);
    }

    [Fact]
    public async Task Multipart_without_a_boundary_on_the_attachment_api_gets_400_problem_details()
    {
        await Editions.CreateOpenAsync(app, 2066);
        var (id, nominator) = await NominatedAsync(app, 2066);
        var content = new ByteArrayContent("--x\r\n\r\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
        var response = await nominator.PostAsync($"/api/nominations/{id}/attachments", content);
        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task A_score_sheet_with_more_scores_than_criteria_is_refused_whole()
    {
        var (nominations, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2067, 1);
        var scores = Enumerable.Range(1, 5000).ToDictionary(i => i.ToString(), _ => "3");
        var response = await juror.PutAsJsonAsync($"/api/editions/2067/scores/{nominations[0]}", new { scores });
        var errors = await ErrorsAsync(response);
        errors.GetProperty("scores")[0].GetString()!.ShouldStartWith("Et bedømmelsesark har højst ét point pr. kriterium");
        (await JuryKit.SheetsOf(app, 2067)).ShouldBe(0);
    }

    [Fact]
    public async Task A_ranking_longer_than_the_shortlist_is_refused_whole()
    {
        var shortlist = await Results.FinalVoteTests.ShortlistedAsync(app, 2069, ("lang@test.dk", false));
        var juror = await Results.FinalVoteTests.JurorAsync(app, "lang@test.dk");
        var ranking = new[] { shortlist.A, shortlist.B, shortlist.C }.Concat(Enumerable.Range(1_000_000, 10_000).Select(i => (long)i));
        var errors = await ErrorsAsync(await juror.PutAsJsonAsync("/api/editions/2069/ballot", new { ranking }));
        errors.GetProperty("ranking")[0].GetString().ShouldBe("Der er 3 nominerede at rangordne.");
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<int>("SELECT COUNT(*) FROM Ballots WHERE Year = 2069"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_sign_in_with_a_million_character_email_is_refused_before_anything_is_stored()
    {
        const string stored = "SELECT (SELECT COUNT(*) FROM SignInAttempts) + (SELECT COUNT(*) FROM AuditLog)";
        var before = await ResultsTestData.WithDb(app, db => db.ScalarAsync<long>(stored));
        var response = await app.Client().PostAsJsonAsync("/api/auth/login", new { email = new string('a', 1_000_000) + "@x.dk", password = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        await response.ProblemAsync();
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<long>(stored))).ShouldBe(before);
    }

    /// <summary>A body sent without Content-Length (chunked), as a client streaming it would.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(byte[] bytes, string mediaType)
        {
            this.bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
