using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>The OpenAPI document tells a client the rules the API enforces: required fields, limits, choices and refusals.</summary>
public sealed class OpenApiDocumentTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const string Create = "/api/editions/{year}/nominations";
    private const string Update = "/api/nominations/{id}";

    [Theory]
    [InlineData("post", Create)]
    [InlineData("put", Update)]
    public async Task Nomination_request_marks_the_forms_required_fields_and_their_maximum_lengths(string method, string path)
    {
        var schema = await BodyAsync(method, path);
        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        var properties = schema.GetProperty("properties");
        foreach (var field in NominationForm.All)
        {
            var name = CamelCase(field.Name);
            properties.GetProperty(name).GetProperty("maxLength").GetInt32().ShouldBe(field.MaxLength, name);
            required.Contains(name).ShouldBe(field.Required, name);
        }
        required.ShouldContain("candidateKind");
        required.ShouldContain("consentGiven");
    }

    [Theory]
    [InlineData("post", Create)]
    [InlineData("put", Update)]
    public async Task Nomination_request_lists_the_candidate_kinds_and_police_districts_and_marks_email_addresses(string method, string path)
    {
        var properties = (await BodyAsync(method, path)).GetProperty("properties");
        Enum(properties.GetProperty("candidateKind")).ShouldBe(NominationForm.CandidateKinds.Keys, ignoreOrder: true);
        Enum(properties.GetProperty("policeDistrict")).ShouldBe(NominationForm.PoliceDistricts, ignoreOrder: true);
        properties.GetProperty("nominatorEmail").GetProperty("format").GetString().ShouldBe("email");
        properties.GetProperty("candidateContactEmail").GetProperty("format").GetString().ShouldBe("email");
    }

    [Fact]
    public async Task Nomination_create_request_carries_only_what_a_client_may_send()
    {
        var names = (await BodyAsync("post", Create)).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        names.ShouldContain("submissionKey");
        names.ShouldContain("candidateName");
        // The year comes from the route; drafts and their tokens belong to the web form; files go to /attachments.
        names.ShouldNotContain("year");
        names.ShouldNotContain("draftId");
        names.ShouldNotContain("draftToken");
        names.ShouldNotContain("attachments");
    }

    [Fact]
    public async Task Every_api_operation_lists_its_refusals_as_problem_details()
    {
        var document = await DocumentAsync();
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .ToList();
        operations.Count.ShouldBeGreaterThan(50);
        var silent = new List<string>();
        foreach (var (name, operation) in operations)
        {
            var refusals = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4')).ToList();
            if (refusals.Count == 0) silent.Add(name);
            foreach (var refusal in refusals)
                refusal.Value.GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue($"{name} {refusal.Name}");
        }
        silent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Refusals_follow_the_request_the_endpoint_sends()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        string[] Statuses(string path, string method) =>
            paths.GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray();

        Statuses("/api/editions/{year}/phase", "post").ShouldBe(["200", "400", "401", "403", "404", "409", "415"], ignoreOrder: true);
        Statuses(Create, "post").ShouldContain("429");
        Statuses(Create, "post").ShouldContain("201");
        Statuses(Create, "post").ShouldNotContain("401"); // anyone may nominate
        Statuses("/api/auth/login", "post").ShouldBe(["204", "400", "401", "415", "429"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("/api/editions/{year}/nominations", "attachmentCount", "scoringOpen")]
    [InlineData("/api/nominations/{id}", "nominatorEmail", "documentedEffect")]
    public async Task A_read_whose_body_depends_on_the_caller_describes_both_bodies(string path, string secretariatOnly, string jurorToo)
    {
        var document = await DocumentAsync();
        var schema = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var bodies = schema.GetProperty("oneOf").EnumerateArray().Select(b => b.ToString()).ToList();
        bodies.Count.ShouldBe(2);
        // The secretariat's body (the whole list, contact details) and the jury's, which has less.
        bodies.Count(b => b.Contains($"\"{secretariatOnly}\"")).ShouldBe(1);
        bodies.ShouldAllBe(b => b.Contains($"\"{jurorToo}\"") || b.Contains($"\"{secretariatOnly}\""));
        bodies.ShouldContain(b => b.Contains($"\"{jurorToo}\"") && !b.Contains($"\"{secretariatOnly}\""));
    }

    [Fact]
    public async Task Choices_the_api_takes_as_text_are_string_enums()
    {
        var document = await DocumentAsync();
        var phase = Resolve(document, (await BodyAsync("post", "/api/editions/{year}/phase", document)).GetProperty("properties").GetProperty("phase"));
        Enum(phase).ShouldBe(Enum<Phase>(), ignoreOrder: true);
    }

    private static string[] Enum<T>() where T : struct, System.Enum => System.Enum.GetNames<T>();

    private static List<string?> Enum(JsonElement schema) => schema.GetProperty("enum").EnumerateArray()
        .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).ToList();

    private async Task<JsonElement> DocumentAsync()
    {
        var secretariat = app.Client(); // outside Development the document is the secretariat's
        await secretariat.SignInAsync();
        return await secretariat.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
    }

    private async Task<JsonElement> BodyAsync(string method, string path, JsonElement? document = null)
    {
        var doc = document ?? await DocumentAsync();
        var schema = doc.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        return Resolve(doc, schema);
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
