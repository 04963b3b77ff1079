using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Results;

/// <summary>
/// The embargo follows the ceremony, proven by crawling every GET route the app maps (found in its endpoint data
/// source, route values filled from the data) as the public, as a nominator with the private link and as a juror.
/// The nominees are public, so the winner's title, name and reference may appear where every nominee's do — but
/// nothing may name it more than the runner-up (for a route about one nomination: the winner's page no more than the
/// runner-up's page names the runner-up), in the body or in a header.
/// </summary>
public sealed partial class EmbargoCrawlTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const int Year = 2026;
    private static readonly DateTimeOffset OldCeremony = ResultsTestData.CeremonyAt;
    private static readonly DateTimeOffset NewCeremony = OldCeremony.AddDays(7);

    private sealed record Subject(long Id, string Reference, string Title, string Candidate, string Token, long AttachmentId)
    {
        public int Mentions(string text) => new[] { Reference, Title, Candidate }.Sum(fact => Regex.Matches(text, Regex.Escape(fact)).Count);
    }

    private static object Ceremony(DateTimeOffset at, int version) => new
    {
        startsAt = at, venue = "Eigtveds Pakhus", address = "Asiatisk Plads 2, København", presenter = "Justitsministeren",
        prizeAmountDkk = 50_000, version, programme = Array.Empty<object>(),
    };

    [Fact]
    public async Task Winner_stays_secret_on_every_route_for_every_role_when_the_ceremony_moves_later_and_is_public_from_the_new_time()
    {
        // Before the fix the decision copied the ceremony time of that moment: moved a week later, the winner still went
        // public at the old time on /vinder, the API, the front page and the archive.
        var (winner, runnerUp, secretariat) = await DecidedYearAsync();
        (await secretariat.PutAsJsonAsync($"/api/editions/{Year}/ceremony", Ceremony(NewCeremony, 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.SetUtcNow(OldCeremony.AddMinutes(1));
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>($"SELECT Phase FROM Editions WHERE Year = {Year}"))).ShouldBe("Decided");
        var crawled = await CrawlAsync(winner, runnerUp, (route, role, w, r) => w.ShouldBeLessThanOrEqualTo(r, $"{role} {route} names the winner"));
        crawled.ShouldBeGreaterThan(40);
        (await app.Client().GetAsync($"/api/editions/{Year}/winner")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync($"/api/editions/{Year}/export/results.csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var press = app.Client(); // the earlier sign-in has expired by now
        await press.SignInAsync();
        (await press.GetAsync($"/sekretariat/{Year}/presse.zip")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        app.Clock.SetUtcNow(NewCeremony);
        await press.SignInAsync();
        (await press.GetAsync($"/sekretariat/{Year}/presse.zip")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var anonymous = app.Client();
        (await anonymous.GetStringAsync($"/vinder?aar={Year}")).ShouldContain(winner.Title);
        var api = await anonymous.GetFromJsonAsync<JsonElement>($"/api/editions/{Year}/winner");
        api.GetProperty("reference").GetString().ShouldBe(winner.Reference);
        api.GetProperty("announcedAt").GetDateTimeOffset().ShouldBe(NewCeremony);
        var archive = await anonymous.GetStringAsync("/arkiv");
        archive.ShouldContain("Prismodtager:</strong> <span class=\"candidate-name\">");
        archive.ShouldContain($"<span class=\"candidate-title\">{winner.Title}</span>");
        var named = new List<string>();
        await CrawlAsync(winner, runnerUp, (route, role, w, r) => { if (w > r) named.Add($"{role} {route}"); });
        named.ShouldContain("anonymous /vinder");
        named.ShouldContain($"anonymous /api/editions/{Year}/winner");
        await app.SendAsSystem(new PublishDueAnnouncements.Command());
        (await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>($"SELECT Phase FROM Editions WHERE Year = {Year}"))).ShouldBe("Announced");
    }

    [Fact]
    public async Task An_explicit_announcement_before_the_ceremony_needs_a_confirmed_reason_and_a_later_one_stays_put_when_the_ceremony_moves()
    {
        // Before the fix any earlier time was taken silently, and every time was a copy that never followed the ceremony.
        var s = await FinalVoteTests.ShortlistedAsync(app, 2073, ("early73@test.dk", true));
        await Ballots.CastAsync(app, 2073, "early73@test.dk", s.A, s.B, s.C);
        (await s.Secretariat.PostAsJsonAsync("/api/editions/2073/decision", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var early = OldCeremony.AddHours(-2);
        var unconfirmed = await s.Secretariat.PutAsJsonAsync("/api/editions/2073/announcement", new { announceAt = early });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unconfirmed.ProblemAsync()).ToString().ShouldContain("bekræftes med en begrundelse");
        (await s.Secretariat.PutAsJsonAsync("/api/editions/2073/announcement", new { announceAt = early, confirmEarly = true }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var confirmed = await s.Secretariat.PutAsJsonAsync("/api/editions/2073/announcement",
            new { announceAt = early, confirmEarly = true, earlyReason = "Pressemøde før overrækkelsen" });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        (await confirmed.Content.ReadFromJsonAsync<SetAnnouncement.Result>())!.FollowsCeremony.ShouldBeFalse();

        var later = OldCeremony.AddDays(1);
        (await s.Secretariat.PutAsJsonAsync("/api/editions/2073/announcement", new { announceAt = later })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.Secretariat.PutAsJsonAsync("/api/editions/2073/ceremony", Ceremony(OldCeremony.AddDays(3), 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var facts = await ResultsTestData.WithDb(app, db => EditionFacts.LoadAsync(db, 2073, CancellationToken.None));
        facts.WinnerAt.ShouldBe(later);

        var follows = await s.Secretariat.PutAsJsonAsync("/api/editions/2073/announcement", new { announceAt = (DateTimeOffset?)null });
        (await follows.Content.ReadFromJsonAsync<SetAnnouncement.Result>())!.FollowsCeremony.ShouldBeTrue();
        (await ResultsTestData.WithDb(app, db => EditionFacts.LoadAsync(db, 2073, CancellationToken.None))).WinnerAt.ShouldBe(OldCeremony.AddDays(3));
    }

    /// <summary>A whole year: scored, shortlisted (public), voted, decided, with the ceremony saved; winner and runner-up.</summary>
    private async Task<(Subject Winner, Subject RunnerUp, HttpClient Secretariat)> DecidedYearAsync()
    {
        await Editions.Deciding(Year).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var ids = new[]
        {
            await new Nomination(Year)
            {
                Title = "Lommevending til Behandling", CandidateName = "Brydehuset Vestegnen",
                Organisation = "Vestegnens Politi", NominatorOrganisation = "Vestegnens Politi",
            }.InsertAsync(app.Services),
            await new Nomination(Year)
            {
                Title = "Hvem Styrer Orkesteret", CandidateName = "Helle Midskov Brynaa",
                Organisation = "Vejle Kommune", NominatorOrganisation = "Vejle Kommune",
            }.InsertAsync(app.Services),
            await new Nomination(Year)
            {
                Title = "Sikker Shopping", CandidateName = "Mærkeordningen",
                Organisation = "E-handelsraadet", NominatorOrganisation = "E-handelsraadet",
            }.InsertAsync(app.Services),
        };
        var subjects = new List<Subject>();
        foreach (var id in ids)
        {
            var token = $"privat-link-{id}";
            await ResultsTestData.WithDb(app, db => db.ExecuteAsync("UPDATE Nominations SET EditTokenHash = @Hash WHERE Id = @Id",
                new { Hash = NominationAccess.Hash(token), Id = id }));
            var attachment = await TestNominations.AttachmentAsync(app, id, "bilag.txt", "Bilag");
            var row = await ResultsTestData.WithDb(app, db => db.QuerySingleOrDefaultAsync<NominationRow>(
                "SELECT Id, Reference, CandidateName, Title, Organisation FROM Nominations WHERE Id = @Id", new { Id = id }));
            subjects.Add(new Subject(id, row!.Reference!, row.Title!, row.CandidateName!, token, attachment));
        }
        var criteria = await ResultsTestData.AddCriteriaAsync(app, Year);
        var jurors = new List<long>();
        for (var i = 1; i <= 3; i++)
            jurors.Add(await Jurors.Build(Year, $"Jurymedlem Nummer{i}").WithEmail($"crawl{i}@test.dk").AsChair(i == 1).WithPassword().SeatAsync(app));
        foreach (var juror in jurors)
            for (var n = 0; n < ids.Length; n++)
                await ResultsTestData.ScoreAsync(app, Year, juror, ids[n], criteria, 5 - n, 4, 4 - n, 3, 4);

        var secretariat = await app.SecretariatAsync();
        (await secretariat.PutAsJsonAsync($"/api/editions/{Year}/ceremony", Ceremony(OldCeremony, 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secretariat.PostAsJsonAsync($"/api/editions/{Year}/shortlist", new
        {
            entries = ids.Select(id => new { nominationId = id, justification = "En begrundelse for nomineringen." }),
            announceAt = app.Clock.GetUtcNow().AddMinutes(-5),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.SendAsSystem(new ChangePhase.Command(Year, Phase.FinalVote, "Testdata"));
        for (var j = 1; j <= 3; j++)
            await Ballots.CastAsync(app, Year, $"crawl{j}@test.dk", j == 3 ? new[] { ids[1], ids[0], ids[2] } : ids);
        var decision = await secretariat.PostAsJsonAsync($"/api/editions/{Year}/decision", new { });
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
        (await decision.Content.ReadFromJsonAsync<RecordDecision.Result>())!.WinnerNominationId.ShouldBe(ids[0]);
        return (subjects[0], subjects[1], secretariat);
    }

    /// <summary>Fetches every GET route as each role, for the winner and for the runner-up; returns how many fetches.</summary>
    private async Task<int> CrawlAsync(Subject winner, Subject runnerUp, Action<string, string, int, int> compare)
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } m || m.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText ?? "")
            .Distinct()
            .OrderBy(r => r.Contains("logout", StringComparison.OrdinalIgnoreCase)) // signing out last keeps the juror signed in
            .ToList();
        var juror = await FinalVoteTests.JurorAsync(app, "crawl2@test.dk");
        var fetches = 0;
        foreach (var route in routes)
            foreach (var role in new[] { "anonymous", "nominator", "juror" })
            {
                async Task<string> FetchAsync(Subject subject)
                {
                    var client = role == "juror" ? juror : app.Client();
                    var url = Fill(route, subject);
                    if (role == "nominator")
                    {
                        client.DefaultRequestHeaders.Add("X-Edit-Token", subject.Token);
                        url += (url.Contains('?') ? "&" : "?") + "token=" + subject.Token;
                    }
                    var text = new StringBuilder();
                    foreach (var variant in new[] { url, url + (url.Contains('?') ? "&" : "?") + $"aar={Year}" })
                    {
                        using var response = await client.GetAsync(variant);
                        fetches++;
                        foreach (var header in response.Headers.Concat(response.Content.Headers))
                            text.Append(header.Key).Append(": ").AppendJoin(",", header.Value).Append('\n');
                        text.Append(await response.Content.ReadAsStringAsync());
                    }
                    return text.ToString();
                }

                var name = Fill(route, winner);
                if (name == Fill(route, runnerUp))
                {
                    var text = await FetchAsync(winner);
                    compare(name, role, winner.Mentions(text), runnerUp.Mentions(text));
                }
                else compare(name, role, winner.Mentions(await FetchAsync(winner)), runnerUp.Mentions(await FetchAsync(runnerUp)));
            }
        return fetches;
    }

    private static string Fill(string route, Subject s) => "/" + RouteParameter().Replace(route.TrimStart('/'), m => m.Groups[1].Value.ToLowerInvariant() switch
    {
        "year" => Year.ToString(),
        "reference" => s.Reference,
        "nominationid" or "id" => s.Id.ToString(),
        "attachmentid" => s.AttachmentId.ToString(),
        "token" => s.Token,
        "status" => "404",
        "documentname" => "v1",
        _ => "",
    });

    [GeneratedRegex(@"\{\*{0,2}(\w+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
