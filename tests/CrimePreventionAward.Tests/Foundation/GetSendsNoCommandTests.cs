using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>
/// A GET shows and a POST acts (mail scanners and link previews fetch every address): every GET route the app maps,
/// fetched by every kind of caller over the demo's years (nominations open, decided and announced) and a year in
/// scoring, with real links in the path, sends no command and changes no stored row. And a page's GET sends one
/// request, its page query.
/// </summary>
public sealed class GetSendsNoCommandTests(GetSendsNoCommandTests.RecordingFactory app) : IClassFixture<GetSendsNoCommandTests.RecordingFactory>
{
    private const int ScoringYear = 2031, DemoYear = 2200;

    [Fact]
    public async Task No_GET_route_sends_a_command_and_a_page_sends_one_query_for_any_caller_in_any_phase()
    {
        var (clients, cases) = await ArrangeAsync();
        app.Sent.Any(s => s.Method == "POST" && s.Request == typeof(SignIn.Command)).ShouldBeTrue("the recorder sees the pipeline");
        app.Sent.Clear();
        var stored = await FingerprintAsync();
        stored.ShouldContainKey("Nominations");
        stored.ShouldContainKey("AuditLog");

        var routes = AppRoutes.All(app).Where(r => r.Method == "GET")
            .OrderBy(r => r.Pattern.Contains("logout", StringComparison.Ordinal)).ToList();
        var fetches = 0;
        var several = new List<string>();
        foreach (var route in routes)
            foreach (var values in cases)
                foreach (var (who, client) in clients)
                {
                    var url = route.Url(values);
                    if (who == "nominator") url += (url.Contains('?') ? "&" : "?") + "token=" + values["editToken"];
                    var variants = route.Pattern.Contains("{year", StringComparison.Ordinal) ? [url] : new[] { url, url + (url.Contains('?') ? "&" : "?") + $"aar={values["year"]}" };
                    foreach (var variant in variants)
                    {
                        var before = app.Sent.Count;
                        using var response = await client.GetAsync(variant);
                        // The layout's own link to a juror's open vote is the one read besides the page's.
                        var sent = app.Sent.Skip(before).Where(x => x.Request != typeof(ListMyOpenVotes.Query)).ToList();
                        if (sent.Count > 1 && !route.Pattern.StartsWith("/api/", StringComparison.Ordinal))
                            several.Add($"{who} GET {variant}: {string.Join(", ", sent.Select(x => x.Request.FullName))}");
                        ((int)response.StatusCode).ShouldBeLessThan(500, $"{who} GET {variant}");
                        fetches++;
                    }
                }

        fetches.ShouldBeGreaterThan(routes.Count * cases.Count * clients.Count);
        app.Sent.Count(s => s.Method == "GET" && !RequestKinds.IsCommand(s.Request)).ShouldBeGreaterThan(fetches / 2, "the crawl reached the handlers");
        app.Sent.Where(s => s.Method == "GET" && RequestKinds.IsCommand(s.Request))
            .Select(s => $"GET {s.Path} sent {s.Request.FullName}").Distinct().ShouldBeEmpty();
        several.ShouldBeEmpty();
        var after = await FingerprintAsync();
        stored.Keys.Where(table => stored[table] != after[table]).ShouldBeEmpty("tables a GET changed");
    }

    /// <summary>The callers, and per year the values that fill the routes: a nomination, its attachment and its private link, unspent links.</summary>
    private async Task<(List<(string Who, HttpClient Client)>, List<Dictionary<string, string>>)> ArrangeAsync()
    {
        await Editions.CreateOpenAsync(app, ScoringYear);
        var submitted = await SubmitOverApiAsync(app.Client(), ScoringYear, Fields("Nattevandring i Nordvest"));
        var nomination = submitted.GetProperty("id").GetInt64();
        var editToken = submitted.GetProperty("editToken").GetString()!;
        var upload = await app.Client().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/nominations/{nomination}/attachments")
        {
            Content = Files(("bilag.pdf", Pdf())), Headers = { { "X-Edit-Token", editToken } },
        });
        var attachment = (await upload.Content.ReadFromJsonAsync<AddAttachment.Result>())!.AttachmentIds.Single();
        await app.SendAsSystem(new ScreenNomination.Command(nomination, true, "Opfylder kriterierne"));
        var jurorId = await JuryKit.InviteAsync(app, ScoringYear, "Get Juror", chair: true);
        await JuryKit.OpenScoringAsync(app, ScoringYear);
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Get Juror", ScoringYear));

        // Unspent links: the GET of each must only show its button.
        await app.SendAsSystem(new RequestSignInLink.Command(JuryKit.Email("Get Juror", ScoringYear)));
        var signInToken = await JuryKit.LatestTokenAsync(app, JuryKit.Email("Get Juror", ScoringYear));
        await app.SendAsSystem(new RequestPasswordReset.Command(AwardFactory.AdminEmail));
        var resetToken = (await Mailbox.LinkAsync(app, AwardFactory.AdminEmail, "/login/ny-adgangskode/")).Split('/')[^1];
        await app.SendAsSystem(new InviteGuest.Command(DemoYear, "Gæst Gæstesen", "gaest@get.test", "Gæsteforeningen", GuestKind.Other));
        var guestToken = (await Mailbox.LinkAsync(app, "gaest@get.test", "/prisoverraekkelse/svar/")).Split('/')[^1];

        var demo = (await ResultsTestData.WithDb(app, db => db.QueryAsync<DemoNomination>(
            "SELECT Id, Reference FROM Nominations WHERE Year = @Year AND Reference IS NOT NULL ORDER BY Id", new { Year = DemoYear }))).First();
        var demoJuror = app.Client();
        var antiforgery = await demoJuror.AntiforgeryTokenAsync("/login");
        await demoJuror.PostAsync("/login?handler=Demo", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", editToken);

        var clients = new List<(string, HttpClient)>
        {
            ("anonymous", app.Client()), ("nominator", nominator), ("juror", juror), ("demo juror", demoJuror), ("secretariat", await app.SecretariatAsync()),
        };
        Dictionary<string, string> Values(int year, long id, string reference, string token) => new()
        {
            ["year"] = $"{year}", ["id"] = $"{id}", ["nominationId"] = $"{id}", ["attachmentId"] = $"{attachment}", ["jurorId"] = $"{jurorId}",
            ["reference"] = reference, ["editToken"] = editToken, ["status"] = "404", ["documentName"] = "v1", ["key"] = "jury.invitation",
            ["token"] = token, ["path"] = "",
        };
        var cases = new List<Dictionary<string, string>>
        {
            Values(ScoringYear, nomination, submitted.GetProperty("reference").GetString()!, signInToken),
            Values(DemoYear, demo.Id, demo.Reference, guestToken),
            Values(DemoYear, demo.Id, demo.Reference, resetToken),
        };
        return (clients, cases);
    }

    private sealed record DemoNomination(long Id, string Reference);

    /// <summary>Per table (Hangfire's own aside) a digest of every row, so a write outside the mediator shows too.</summary>
    private Task<Dictionary<string, string>> FingerprintAsync() => app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<Db>();
        var tables = await db.QueryAsync<string>(db.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            : "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'");
        var digests = new Dictionary<string, string>();
        foreach (var table in tables.Where(t => !t.StartsWith("Hangfire", StringComparison.OrdinalIgnoreCase)))
        {
            var rows = (await db.QueryAsync<dynamic>($"SELECT * FROM {table}"))
                .Select(r => string.Join("|", ((IDictionary<string, object?>)r).Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))
                .Order(StringComparer.Ordinal);
            digests[table] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))));
        }
        return digests;
    });

    /// <summary>The app on the demo data, recording every request sent through the mediator and the HTTP request it served.</summary>
    public sealed class RecordingFactory : DemoAwardFactory
    {
        public ConcurrentQueue<Sent> Sent => Recorder.Sends;
        private SendRecorder Recorder { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => Recorder.AddTo(services);
    }
}
