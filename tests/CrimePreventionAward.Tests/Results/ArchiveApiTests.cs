using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Results;

/// <summary>The archive API answers a range of years, and refuses a range that cannot be one. Moves the clock: its own app.</summary>
public sealed class ArchiveApiTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Archive_lists_only_the_years_asked_for_and_refuses_a_range_that_is_no_range()
    {
        await FinalVoteTests.ShortlistedAsync(app, 2041);
        await FinalVoteTests.ShortlistedAsync(app, 2042);
        app.Clock.Advance(TimeSpan.FromDays(2)); // both shortlists public
        var anonymous = app.Client();

        async Task<int[]> YearsAsync(string query) => (await anonymous.GetFromJsonAsync<JsonElement>("/api/archive" + query))
            .EnumerateArray().Select(e => e.GetProperty("year").GetInt32()).ToArray();
        (await YearsAsync("")).ShouldBe([2042, 2041]);
        (await YearsAsync("?from=2042")).ShouldBe([2042]);
        (await YearsAsync("?to=2041")).ShouldBe([2041]);
        (await YearsAsync("?from=2041&to=2042")).ShouldBe([2042, 2041]);

        await RefusedAsync(anonymous, "?from=2042&to=2041", "to", "Til-året må ikke ligge før fra-året.");
        await RefusedAsync(anonymous, "?from=1900", "from", "Året skal ligge mellem 1996 og 2200.");
        await RefusedAsync(anonymous, "?to=et-år", "to", "Ugyldig værdi.");
    }

    private static async Task RefusedAsync(HttpClient client, string query, string field, string message)
    {
        var response = await client.GetAsync("/api/archive" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.ProblemAsync()).GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message);
    }
}
