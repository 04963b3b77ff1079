using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CrimePreventionAward.Tests.Foundation.BadInput;

/// <summary>
/// Every route the app maps × the malformation catalogue, as anonymous, juror and secretariat: never a 5xx, problem
/// details on every /api answer ≥ 400, no exception text, nothing stored by a refused request. The normal test run
/// sends an even sample; <c>CPA_FUZZ=full</c> (scripts/fuzz.sh) sends the whole catalogue and reports the counts.
/// </summary>
public sealed class GeneratedBadInputTests(AwardFactory app, ITestOutputHelper output) : IClassFixture<AwardFactory>
{
    private const int SampleSize = 240;
    private static readonly string[] NotCounted = ["AuditLog", "SignInAttempts", "DataProtectionKeys", "SchemaVersions"];

    [Fact]
    public async Task No_malformed_request_gets_a_server_error_or_an_answer_that_is_not_problem_details_on_the_api()
    {
        var (nominations, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2090);
        await Editions.CreateOpenAsync(app, 2091);
        var secretariat = await app.SecretariatAsync();
        var senders = new Dictionary<string, HttpClient> { ["anonymous"] = app.Client(), ["juror"] = juror, ["secretariat"] = secretariat };
        var tokens = new Dictionary<string, string>();
        foreach (var (role, client) in senders) tokens[role] = await client.AntiforgeryTokenAsync("/");
        BadInputCatalogue.ForeignToken = await app.Client().AntiforgeryTokenAsync("/");

        var api = new OpenApi(await secretariat.GetFromJsonAsync<JsonElement>("/openapi/v1.json"));
        var values = new BadInputCatalogue.Values(2090, nominations[0]);
        var routes = BadInputCatalogue.Routes(app.Services.GetRequiredService<EndpointDataSource>())
            // Signing out is not bad input, and would turn the rest of a role's requests into anonymous ones.
            .Where(r => !r.Endpoint.RoutePattern.RawText!.Contains("logout", StringComparison.OrdinalIgnoreCase)).ToList();
        var catalogue = new List<BadRequest>();
        foreach (var (role, client) in senders)
        {
            var forms = new PageForms(async url => await client.GetAsync(url) is { IsSuccessStatusCode: true } r ? await r.Content.ReadAsStringAsync() : null);
            foreach (var (method, endpoint) in routes)
            {
                var url = BadInputCatalogue.Path(endpoint.RoutePattern, values);
                if (method == "POST" && !url.StartsWith("/api")) await forms.LoadAsync(url);
                catalogue.AddRange(BadInputCatalogue.ForRoute(role, method, endpoint, values, api, forms));
            }
        }
        var full = Environment.GetEnvironmentVariable("CPA_FUZZ") == "full";
        var step = full ? 1 : Math.Max(1, catalogue.Count / SampleSize);
        var sent = catalogue.Where((_, i) => i % step == 0).ToList();

        var countStored = await StoredRowsQueryAsync();
        var problems = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var (serverErrors, notProblem, refusedBeforeTheApp) = (0, 0, 0);
        foreach (var request in sent)
        {
            var before = await StoredAsync(countStored);
            int status;
            string body;
            string? type;
            try
            {
                using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url) { Content = request.Body(tokens[request.Role]) };
                using var response = await senders[request.Role].SendAsync(message);
                (status, body, type) = ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters"))
            {
                // NUL in the path: refused by the test server's client, as Kestrel refuses it before the app runs.
                refusedBeforeTheApp++;
                continue;
            }
            catch (Exception e)
            {
                problems.Add($"{request}: the client saw {e.GetType().Name}: {e.Message}");
                serverErrors++;
                continue;
            }
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500) { serverErrors++; problems.Add($"{request}: {status}"); }
            if (status >= 400 && request.Url.StartsWith("/api") && type != "application/problem+json")
            {
                notProblem++;
                problems.Add($"{request}: {status} as {type ?? "no body"}");
            }
            if (body.Contains("Exception") || body.Contains("   at ")) problems.Add($"{request}: exception text in the answer");
            if (status >= 400 && await StoredAsync(countStored) != before) problems.Add($"{request}: {status} but something was stored");
        }

        var summary = $"bad-input requests: {sent.Count} of {catalogue.Count} in the catalogue; 5xx: {serverErrors}; " +
                      $"non-problem /api answers >= 400: {notProblem}; refused before the app (NUL in the path): {refusedBeforeTheApp}; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}";
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("CPA_FUZZ_REPORT") is { Length: > 0 } report)
            await File.WriteAllLinesAsync(report, [summary, .. problems]);
        catalogue.Count.ShouldBeGreaterThan(2000);
        problems.ShouldBeEmpty(summary);
    }

    private Task<string> StoredRowsQueryAsync() => app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<Db>();
        var tables = await db.QueryAsync<string>(db.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            : "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'");
        return "SELECT " + string.Join(" + ", tables.Where(t => !NotCounted.Contains(t, StringComparer.OrdinalIgnoreCase) && !t.StartsWith("Hangfire", StringComparison.OrdinalIgnoreCase))
            .Select(t => $"(SELECT COUNT(*) FROM {t})"));
    });

    private Task<long> StoredAsync(string query) => app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(query));
}
