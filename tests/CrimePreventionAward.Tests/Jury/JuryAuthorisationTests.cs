using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Jury;

/// <summary>
/// Every jury and score route, walked as anonymous, juror A, juror B, a juror conflicted on nomination 1 and the
/// secretariat, against a table of expected answers; no body may carry another juror's comment before the round closes.
/// </summary>
public sealed class JuryAuthorisationTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    public enum Who { Anonymous, JurorA, JurorB, Conflicted, Secretariat }

    private const int Year = 2161;

    private sealed record Route(string Method, string Url, Func<Who, object?>? Body, int Anonymous, int A, int B, int Conflicted, int Secretariat)
    {
        public int Expected(Who who) => who switch
        {
            Who.Anonymous => Anonymous, Who.JurorA => A, Who.JurorB => B, Who.Conflicted => Conflicted, _ => Secretariat,
        };
    }

    private static string Comment(Who who) => $"KOMMENTAR-{who}";

    [Fact]
    public async Task Every_jury_route_answers_each_role_as_the_table_says_and_leaks_no_other_jurors_scores()
    {
        await Editions.CreateOpenAsync(app, Year);
        var n1 = await new Nomination(Year) { Title = "Nominering et", Organisation = "Politiet i Vejle" }.InsertAsync(app.Services);
        var n2 = await new Nomination(Year) { Title = "Nominering to" }.InsertAsync(app.Services);
        var hidden = await new Nomination(Year) { Title = "Afvist", Eligibility = "Ineligible" }.InsertAsync(app.Services);
        var file1 = await TestNominations.AttachmentAsync(app, n1, "effekt.txt", "BILAG-ET");
        var hiddenFile = await TestNominations.AttachmentAsync(app, hidden, "afvist.txt", "BILAG-AFVIST");
        var a = await JuryKit.InviteAsync(app, Year, "Juror A");
        await JuryKit.InviteAsync(app, Year, "Juror B");
        await JuryKit.InviteAsync(app, Year, "Juror C");
        await JuryKit.OpenScoringAsync(app, Year);
        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.Anonymous] = app.Client(),
            [Who.JurorA] = await JuryKit.SignedInAsync(app, JuryKit.Email("Juror A", Year)),
            [Who.JurorB] = await JuryKit.SignedInAsync(app, JuryKit.Email("Juror B", Year)),
            [Who.Conflicted] = await JuryKit.SignedInAsync(app, JuryKit.Email("Juror C", Year)),
            [Who.Secretariat] = app.Client(),
        };
        await clients[Who.Secretariat].SignInAsync();
        var criteria = await JuryKit.CriteriaAsync(app, Year);
        object Sheet(Who who) => new { scores = criteria.ToDictionary(k => k.Id.ToString(), _ => 3), comment = Comment(who), jurorId = a };
        // C scored nomination 1 before realising the conflict: the sheet stays, but no other juror may ever read it.
        foreach (var who in new[] { Who.JurorA, Who.JurorB, Who.Conflicted })
            (await clients[who].PutAsJsonAsync($"/api/editions/{Year}/scores/{n1}", Sheet(who))).EnsureSuccessStatusCode();
        (await clients[Who.Conflicted].PostAsJsonAsync($"/api/editions/{Year}/conflicts", new { organisation = "politiet i vejle", reason = "Ansat" }))
            .EnsureSuccessStatusCode();

        var y = $"/api/editions/{Year}";
        Route[] table =
        [
            //                                                                         anon  A    B    C    secr
            new("GET", $"{y}/jurors", null,                                            401, 403, 403, 403, 200),
            new("POST", $"{y}/jurors", w => new { name = "Ny", email = $"ny.{w}@jury.test", organisation = "X" }, 401, 403, 403, 403, 201),
            new("POST", $"{y}/jurors/{a}/reminder", null,                              401, 403, 403, 403, 200),
            new("GET", $"{y}/criteria", null,                                          401, 200, 200, 200, 200),
            new("PUT", $"{y}/criteria", _ => new { criteria = new[] { new { name = "A", weight = 1, scaleMin = 1, scaleMax = 5 } } },
                                                                                       401, 403, 403, 403, 409),
            new("GET", $"{y}/conflicts", null,                                         401, 403, 403, 403, 200),
            new("POST", $"{y}/conflicts", _ => new { organisation = "Ingen forbindelse", reason = "Test", jurorId = a },
                                                                                       401, 201, 201, 201, 201),
            new("GET", $"{y}/my/nominations", null,                                    401, 200, 200, 200, 403),
            new("GET", $"{y}/my/scores/{n1}", null,                                    401, 200, 200, 403, 403),
            new("GET", $"{y}/my/scores/{n2}", null,                                    401, 200, 200, 200, 403),
            new("GET", $"{y}/scores/{n1}", null,                                       401, 200, 200, 403, 200),
            new("PUT", $"{y}/scores/{n1}", w => Sheet(w),                              401, 200, 200, 403, 403),
            new("PUT", $"{y}/scores/{n2}", w => Sheet(w),                              401, 200, 200, 200, 403),
            new("GET", $"{y}/attachments/{file1}", null,                              401, 200, 200, 403, 200),
            new("GET", $"{y}/attachments/{hiddenFile}", null,                         401, 404, 404, 404, 404),
            new("GET", $"{y}/attachments/987654", null,                               401, 404, 404, 404, 404),
            new("GET", $"{y}/progress", null,                                          401, 403, 403, 403, 200),
            new("GET", $"/jury/{Year}", null,                                          302, 200, 200, 200, 302),
            new("GET", $"/jury/{Year}/bedoem/{n1}", null,                              302, 200, 200, 403, 302),
            new("GET", $"/jury/{Year}/bedoem/{n2}", null,                              302, 200, 200, 200, 302),
            new("GET", $"/sekretariat/{Year}/jury", null,                              302, 302, 302, 302, 200),
        ];

        var failures = new List<string>();
        foreach (var route in table)
            foreach (var who in Enum.GetValues<Who>())
            {
                var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
                if (route.Body is not null) request.Content = JsonContent.Create(route.Body(who));
                var response = await clients[who].SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != route.Expected(who))
                    failures.Add($"{route.Method} {route.Url} as {who}: {(int)response.StatusCode}, expected {route.Expected(who)}");
                if (body.Contains("BILAG-AFVIST") || (who == Who.Conflicted && body.Contains("BILAG-ET")))
                    failures.Add($"{route.Method} {route.Url} as {who} shows an attachment it may not see");
                foreach (var other in new[] { Who.JurorA, Who.JurorB, Who.Conflicted }.Where(o => o != who))
                    if (who != Who.Secretariat && body.Contains(Comment(other)))
                        failures.Add($"{route.Method} {route.Url} as {who} shows {other}'s comment");
            }
        failures.ShouldBeEmpty();

        // Once the round is closed jurors see each other's sheets, except the conflicted juror's, and C still sees none.
        await app.SendAsSystem(new ChangePhase.Command(Year, Phase.Shortlisted, null));
        var afterA = await clients[Who.JurorA].GetStringAsync($"{y}/scores/{n1}");
        afterA.ShouldContain(Comment(Who.JurorB));
        afterA.ShouldNotContain(Comment(Who.Conflicted));
        (await clients[Who.Conflicted].GetAsync($"{y}/scores/{n1}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        var secretariat = await clients[Who.Secretariat].GetStringAsync($"{y}/scores/{n1}");
        secretariat.ShouldContain(Comment(Who.JurorA));
        secretariat.ShouldContain(Comment(Who.JurorB));
        (await clients[Who.JurorA].PutAsJsonAsync($"{y}/scores/{n2}", Sheet(Who.JurorA))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Conflict);
    }
}
