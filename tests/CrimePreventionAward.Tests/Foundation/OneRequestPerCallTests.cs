using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>
/// Endpoints stay thin: every <c>/api</c> call sends at most one request, and a route sends the same request whoever
/// calls it (the handler, not the endpoint, decides what a role sees). Proven by recording every send in a host whose
/// first behaviour notes it, while every GET route is fetched as each kind of caller and a nomination arrives late.
/// </summary>
public sealed class OneRequestPerCallTests(OneRequestPerCallTests.RecordingFactory app) : IClassFixture<OneRequestPerCallTests.RecordingFactory>
{
    private const int Year = 2181, LateYear = 2182;

    [Fact]
    public async Task Every_api_call_sends_at_most_one_request_and_each_route_the_same_one_for_every_caller()
    {
        var (callers, values) = await ArrangeAsync();
        var routes = AppRoutes.All(app).Where(r => r.Method == "GET" && r.Pattern.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        app.Recorder.Sends.Clear();
        foreach (var route in routes)
            foreach (var caller in callers)
                await caller.GetAsync(route.Url(values));
        var late = await app.Client().PostAsJsonAsync($"/api/editions/{LateYear}/nominations", Fields("Sent efter fristen"));
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict, await late.Content.ReadAsStringAsync());

        var sends = app.Recorder.Sends.Where(s => s.Path.StartsWith("/api/", StringComparison.Ordinal))
            .Select(s => (s.Call, Route: $"{s.Method} {s.Route}", Request: s.Request.FullName!)).ToList();
        sends.Select(s => s.Route).Distinct().Count().ShouldBeGreaterThan(20);
        sends.GroupBy(s => s.Call).Where(call => call.Count() > 1)
            .Select(call => $"{call.First().Route} sends {string.Join(", ", call.Select(s => s.Request))}").ShouldBeEmpty();
        sends.GroupBy(s => s.Route).Where(route => route.Select(s => s.Request).Distinct().Count() > 1)
            .Select(route => $"{route.Key} sends {string.Join(" or ", route.Select(s => s.Request).Distinct())}").ShouldBeEmpty();
    }

    private async Task<(List<HttpClient> Callers, Dictionary<string, string> Values)> ArrangeAsync()
    {
        await Editions.CreateOpenAsync(app, Year);
        var submitted = await SubmitOverApiAsync(app.Client(), Year, Fields("Enkeltkaldsprojektet"));
        var nomination = submitted.GetProperty("id").GetInt64();
        var attachment = await TestNominations.AttachmentAsync(app, nomination, "bilag.txt", "Bilag");
        await JuryKit.InviteAsync(app, Year, "Enkelt Juror");
        await JuryKit.OpenScoringAsync(app, Year);
        await Editions.CreateOpenAsync(app, LateYear, app.Clock.GetUtcNow().AddMinutes(-1));

        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", submitted.GetProperty("editToken").GetString());
        List<HttpClient> callers =
            [app.Client(), nominator, await JuryKit.SignedInAsync(app, JuryKit.Email("Enkelt Juror", Year)), await app.SecretariatAsync()];
        var values = new Dictionary<string, string>
        {
            ["year"] = $"{Year}", ["id"] = $"{nomination}", ["nominationId"] = $"{nomination}", ["attachmentId"] = $"{attachment}",
            ["reference"] = submitted.GetProperty("reference").GetString()!, ["documentName"] = "v1", ["key"] = "jury.invitation",
        };
        return (callers, values);
    }

    /// <summary>The app with <see cref="RecordingBehaviour{TRequest,TResponse}"/> ahead of its own behaviours.</summary>
    public sealed class RecordingFactory : AwardFactory
    {
        public SendRecorder Recorder { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => Recorder.AddTo(services);
    }
}
