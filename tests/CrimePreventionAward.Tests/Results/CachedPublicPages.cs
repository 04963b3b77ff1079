using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Results;

/// <summary>What the output-cache tests share: a decided year, the pages that may name its winner, and cached fetches.</summary>
public static class CachedPublicPages
{
    public static readonly DateTimeOffset CeremonyAt = ResultsTestData.CeremonyAt;

    public static string[] Pages(int year) => [$"/vinder?aar={year}", $"/nominerede?aar={year}", "/", "/arkiv"];

    /// <summary>A decided year (the newest, so the front page shows it) whose winner "Alfa {year}" is due at the ceremony.</summary>
    public static async Task<HttpClient> DecidedAsync(AwardFactory app, int year)
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, year, ($"cache{year}@test.dk", true));
        (await (await FinalVoteTests.JurorAsync(app, $"cache{year}@test.dk")).PutAsJsonAsync($"/api/editions/{year}/ballot",
            new { ranking = new[] { s.A, s.B, s.C } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.Secretariat.PostAsJsonAsync($"/api/editions/{year}/decision", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return s.Secretariat;
    }

    public static bool NamesTheWinner(string path, string html, int year) => path switch
    {
        _ when path.StartsWith("/vinder") => html.Contains($"Alfa {year}"),
        _ when path.StartsWith("/nominerede") => html.Contains("winner-badge"),
        _ => html.Contains("Prismodtager:"),
    };

    /// <summary>Fetches each page twice as an anonymous visitor; the second answer must come from the cache.</summary>
    public static async Task<Dictionary<string, string>> FetchCachedAsync(AwardFactory app, IEnumerable<string> paths)
    {
        var pages = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            using var first = await app.Client().GetAsync(path);
            using var again = await app.Client().GetAsync(path);
            again.Headers.Age.ShouldNotBeNull($"{path} was not answered from the cache");
            pages[path] = await again.Content.ReadAsStringAsync();
        }
        return pages;
    }
}
