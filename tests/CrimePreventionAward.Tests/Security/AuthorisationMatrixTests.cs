using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Nominations;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Security;

/// <summary>
/// Every route the app maps, as each kind of caller, against one table. A route the app maps but the table lacks (or
/// the table names but the app no longer maps) fails the test, so a new route cannot slip in without a decision.
/// Writes send an empty JSON object: a caller let through reaches validation (400) or a rule (404/409); a caller
/// refused stops at 401/403 (302 to the login page or the access-denied page on the web).
/// </summary>
public sealed class AuthorisationMatrixTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    public enum Who { Anonymous, Nominator, Juror, Conflicted, OtherEdition, PastJuror, Secretariat }

    private const int Year = 2171, OtherYear = 2172, PastYear = 2170;

    private static readonly Dictionary<string, int[]> Table = new()
    {
        //                                                                           anon nomi juror confl other past secr
        ["GET /"]                                                                    = [200, 200, 200, 200, 200, 200, 200],
        ["GET /Index"]                                                               = [200, 200, 200, 200, 200, 200, 200],
        ["GET /adgang-naegtet"]                                                      = [200, 200, 200, 200, 200, 200, 200],
        ["GET /api/archive"]                                                         = [200, 200, 200, 200, 200, 200, 200],
        ["GET /api/editions/"]                                                       = [200, 200, 200, 200, 200, 200, 200],
        ["GET /api/editions/{year:int}"]                                             = [200, 200, 200, 200, 200, 200, 200],
        ["GET /api/editions/{year:int}/attachments/{attachmentId:long}"]             = [401, 401, 200, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/ceremony"]                                    = [200, 200, 200, 200, 200, 200, 200],
        ["GET /api/editions/{year:int}/ceremony.ics"]                                = [200, 200, 200, 200, 200, 200, 200],
        ["GET /api/editions/{year:int}/conflicts"]                                   = [401, 401, 403, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/criteria"]                                    = [401, 401, 200, 200, 403, 403, 200],
        ["GET /api/editions/{year:int}/export/nominations.csv"]                      = [401, 401, 403, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/export/results.csv"]                          = [401, 401, 403, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/guests"]                                      = [401, 401, 403, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/jurors"]                                      = [401, 401, 403, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/my/nominations"]                              = [401, 401, 200, 200, 403, 403, 403],
        ["GET /api/editions/{year:int}/my/scores/{nominationId:long}"]               = [401, 401, 200, 403, 403, 403, 403],
        ["GET /api/editions/{year:int}/nominations"]                                 = [401, 401, 200, 200, 403, 403, 200],
        ["GET /api/editions/{year:int}/nominees"]                                    = [404, 404, 404, 404, 404, 404, 404],
        ["GET /api/editions/{year:int}/progress"]                                    = [401, 401, 403, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/results"]                                     = [401, 401, 403, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/scores/{nominationId:long}"]                  = [401, 401, 200, 403, 403, 403, 200],
        ["GET /api/editions/{year:int}/winner"]                                      = [404, 404, 404, 404, 404, 404, 404],
        ["GET /api/nominations/{id:long}/"]                                          = [404, 200, 200, 403, 403, 403, 200],
        ["GET /api/nominations/{id:long}/attachments/{attachmentId:long}"]           = [404, 200, 404, 404, 404, 404, 200],
        ["GET /api/secretariat/accounts/"]                                           = [401, 401, 403, 403, 403, 403, 200],
        ["GET /arkiv"]                                                               = [200, 200, 200, 200, 200, 200, 200],
        ["GET /fejl/{status:int}"]                                                   = [200, 200, 200, 200, 200, 200, 200],
        ["GET /hangfire/{**path}"]                                                   = [302, 302, 302, 302, 302, 302, 200],
        ["GET /health"]                                                              = [200, 200, 200, 200, 200, 200, 200],
        ["GET /indstil"]                                                             = [200, 200, 200, 200, 200, 200, 200],
        ["GET /indstil/kvittering"]                                                  = [200, 200, 200, 200, 200, 200, 200],
        ["GET /indstilling/{reference}"]                                             = [404, 404, 404, 404, 404, 404, 200],
        ["GET /jury/{year:int?}"]                                                    = [302, 302, 200, 200, 403, 403, 302],
        ["GET /jury/{year:int}/afstemning"]                                          = [302, 302, 200, 200, 403, 403, 302],
        ["GET /jury/{year:int}/bedoem/{nominationId:long}"]                          = [302, 302, 200, 403, 403, 403, 302],
        ["GET /jury/{year:int}/pakke.pdf"]                                           = [302, 302, 200, 200, 403, 403, 302],
        ["GET /login"]                                                               = [200, 200, 200, 200, 200, 200, 200],
        ["GET /login/glemt"]                                                         = [200, 200, 200, 200, 200, 200, 200],
        ["GET /login/link/{token}"]                                                  = [200, 200, 200, 200, 200, 200, 200],
        ["GET /login/ny-adgangskode/{token}"]                                        = [200, 200, 200, 200, 200, 200, 200],
        ["GET /logout"]                                                              = [200, 200, 200, 200, 200, 200, 200],
        ["GET /nominerede"]                                                          = [404, 404, 404, 404, 404, 404, 404],
        ["GET /openapi/{documentName}.json"]                                         = [302, 302, 302, 302, 302, 302, 200],
        ["GET /prisoverraekkelse"]                                                   = [200, 200, 200, 200, 200, 200, 200],
        ["GET /prisoverraekkelse/svar/{token}"]                                      = [404, 404, 404, 404, 404, 404, 404],
        ["GET /scalar/favicon.svg"]                                                  = [200, 200, 200, 200, 200, 200, 200],
        ["GET /scalar/scalar.aspnetcore.js"]                                         = [200, 200, 200, 200, 200, 200, 200],
        ["GET /scalar/scalar.js"]                                                    = [200, 200, 200, 200, 200, 200, 200],
        ["GET /scalar/{documentName?}"]                                              = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat"]                                                         = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/adgangskode"]                                             = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/konti"]                                                   = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/indstillinger/{id:long}"]                                 = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/post"]                                                    = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}"]                                              = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/indstillinger"]                                = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/jury"]                                         = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/jurypakke.pdf"]                                = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/kriterier"]                                    = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/mails"]                                        = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/mails/{key}"]                                  = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/prisoverraekkelse"]                            = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/resultater"]                                   = [302, 302, 302, 302, 302, 302, 200],
        ["GET /vinder"]                                                              = [404, 404, 404, 404, 404, 404, 404],
        ["POST /api/secretariat/accounts/"]                                          = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/auth/link"]                                                      = [400, 400, 400, 400, 400, 400, 400],
        ["POST /api/auth/login"]                                                     = [400, 400, 400, 400, 400, 400, 400],
        ["POST /api/auth/password/"]                                                 = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/auth/password/reset"]                                            = [400, 400, 400, 400, 400, 400, 400],
        ["POST /api/auth/password/reset/{token}"]                                    = [400, 400, 400, 400, 400, 400, 400],
        ["POST /api/auth/logout"]                                                    = [204, 204, 204, 204, 204, 204, 204],
        ["POST /api/editions/"]                                                      = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/editions/{year:int}/conflicts"]                                  = [401, 401, 400, 400, 400, 400, 400],
        ["POST /api/editions/{year:int}/decision"]                                   = [401, 401, 403, 403, 403, 403, 409],
        ["POST /api/editions/{year:int}/decision/reopen"]                            = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/editions/{year:int}/extensions"]                                 = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/editions/{year:int}/guests"]                                     = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/editions/{year:int}/jurors"]                                     = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/editions/{year:int}/jurors/{jurorId:long}/reminder"]             = [401, 401, 403, 403, 403, 403, 200],
        ["POST /api/editions/{year:int}/next-year"]                                  = [401, 401, 403, 403, 403, 403, 409],
        ["POST /api/editions/{year:int}/nominations"]                                = [400, 400, 400, 400, 400, 400, 400],
        ["POST /api/editions/{year:int}/phase"]                                      = [401, 401, 403, 403, 403, 403, 409],
        ["POST /api/editions/{year:int}/shortlist"]                                  = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/invitations/{token}/response"]                                   = [400, 400, 400, 400, 400, 400, 400],
        ["POST /api/nominations/{id:long}/attachments"]                              = [415, 415, 415, 415, 415, 415, 415],
        ["POST /api/nominations/{id:long}/notes"]                                    = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/nominations/{id:long}/screening"]                                = [401, 401, 403, 403, 403, 403, 400],
        ["POST /api/nominations/{id:long}/withdraw"]                                 = [404, 409, 404, 404, 404, 404, 404],
        ["POST /sprog"]                                                              = [415, 415, 415, 415, 415, 415, 415],
        ["PUT /api/editions/{year:int}/announcement"]                                = [401, 401, 403, 403, 403, 403, 409],
        ["PUT /api/editions/{year:int}/ballot"]                                      = [401, 401, 400, 400, 400, 400, 403],
        ["PUT /api/editions/{year:int}/ceremony"]                                    = [401, 401, 403, 403, 403, 403, 400],
        ["PUT /api/editions/{year:int}/criteria"]                                    = [401, 401, 403, 403, 403, 403, 400],
        ["PUT /api/editions/{year:int}/scores/{nominationId:long}"]                  = [401, 401, 200, 403, 403, 403, 403],
        ["PUT /api/nominations/{id:long}/"]                                          = [400, 400, 400, 400, 400, 400, 400],
        ["GET /api/editions/{year:int}/recount"]                                    = [401, 401, 403, 403, 403, 403, 404],
        ["GET /api/persons/export"]                                                  = [401, 401, 403, 403, 403, 403, 400],
        ["GET /privatliv"]                                                           = [200, 200, 200, 200, 200, 200, 200],
        ["GET /sekretariat/persondata"]                                              = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/revision"]                                                = [302, 302, 302, 302, 302, 302, 200],
        ["GET /sekretariat/{year:int}/protokol.pdf"]                                 = [302, 302, 302, 302, 302, 302, 404],
        ["GET /sekretariat/{year:int}/presse.zip"]                                   = [302, 302, 302, 302, 302, 302, 404],
        ["POST /api/auth/link/{token}"]                                              = [401, 401, 401, 401, 401, 401, 401],
        ["POST /api/persons/erase"]                                                  = [401, 401, 403, 403, 403, 403, 400],
        ["DELETE /api/nominations/{id:long}/attachments/{attachmentId:long}"]        = [401, 401, 403, 403, 403, 403, 400],
        ["DELETE /api/editions/{year:int}/jurors/{jurorId:long}"]                    = [401, 401, 403, 403, 403, 403, 204],
        ["DELETE /api/secretariat/accounts/{id:long}"]                               = [401, 401, 403, 403, 403, 403, 409],
    };

    [Fact]
    public async Task Every_route_answers_every_kind_of_caller_as_the_table_says()
    {
        var (clients, values) = await ArrangeAsync();
        var routes = AppRoutes.All(app)
            // Removing a juror ends that juror's session, and signing out or withdrawing ends the caller's: those last.
            .OrderBy(r => r.Method != "GET")
            .ThenBy(r => r.Pattern.Contains("logout") || r.Pattern.EndsWith("/withdraw") ? 2 : r.Method == "DELETE" && r.Pattern.Contains("/jurors/") ? 1 : 0).ToList();

        var unknown = routes.Select(r => r.ToString()).Where(r => !Table.ContainsKey(r)).ToList();
        var gone = Table.Keys.Except(routes.Select(r => r.ToString())).ToList();
        var failures = new List<string>();
        var actualRows = new List<string>();
        foreach (var route in routes)
        {
            var actual = new int[clients.Count];
            foreach (var who in Enum.GetValues<Who>())
            {
                var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(values));
                if (route.Method != "GET") request.Content = JsonContent.Create(new { });
                actual[(int)who] = (int)(await clients[who].SendAsync(request)).StatusCode;
            }
            actualRows.Add($"[\"{route}\"] = [{string.Join(", ", actual)}],");
            if (Table.TryGetValue(route.ToString(), out var expected) && !expected.SequenceEqual(actual))
                failures.Add($"{route}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
        unknown.ShouldBeEmpty("Routes missing from the table (actual answers):\n" + string.Join("\n", actualRows));
        gone.ShouldBeEmpty();
        failures.ShouldBeEmpty();
    }

    private async Task<(Dictionary<Who, HttpClient> Clients, Dictionary<string, string> Values)> ArrangeAsync()
    {
        await Editions.CreateOpenAsync(app, Year);
        var submitted = await SubmitOverApiAsync(app.Client(), Year, Fields("Matrixprojektet") with { Organisation = "Matrixforeningen" });
        var nomination = submitted.GetProperty("id").GetInt64();
        await app.SendAsSystem(new ScreenNomination.Command(nomination, true, "Opfylder kriterierne"));
        var upload = await app.Client().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/nominations/{nomination}/attachments")
        {
            Content = Files(("matrix.pdf", Pdf())), Headers = { { "X-Edit-Token", submitted.GetProperty("editToken").GetString() } },
        });
        var attachment = (await upload.Content.ReadFromJsonAsync<AddAttachment.Result>())!.AttachmentIds.Single();
        var juror = await JuryKit.InviteAsync(app, Year, "Matrix Juror");
        var conflicted = await JuryKit.InviteAsync(app, Year, "Matrix Inhabil");
        await JuryRows.ConflictAsync(app, Year, conflicted, nomination, "Ansat i organisationen");
        await JuryKit.OpenScoringAsync(app, Year);

        await Editions.CreateOpenAsync(app, OtherYear);
        await JuryKit.InviteAsync(app, OtherYear, "Matrix Anden");
        await Editions.Build(PastYear).WithNominationDeadline(new DateTimeOffset(2025, 1, 15, 22, 59, 0, TimeSpan.Zero)).CreateAsync(app);
        await Jurors.Build(PastYear, "Matrix Tidligere").WithEmail("tidligere@matrix.test").WithPassword().SeatAsync(app);

        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", submitted.GetProperty("editToken").GetString());
        var past = app.Client();
        await past.SignInAsync("tidligere@matrix.test", Jurors.Password);
        var secretariat = await app.SecretariatAsync();
        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.Anonymous] = app.Client(),
            [Who.Nominator] = nominator,
            [Who.Juror] = await JuryKit.SignedInAsync(app, JuryKit.Email("Matrix Juror", Year)),
            [Who.Conflicted] = await JuryKit.SignedInAsync(app, JuryKit.Email("Matrix Inhabil", Year)),
            [Who.OtherEdition] = await JuryKit.SignedInAsync(app, JuryKit.Email("Matrix Anden", OtherYear)),
            [Who.PastJuror] = past,
            [Who.Secretariat] = secretariat,
        };
        var values = new Dictionary<string, string>
        {
            ["year"] = $"{Year}", ["id"] = $"{nomination}", ["nominationId"] = $"{nomination}", ["attachmentId"] = $"{attachment}",
            ["jurorId"] = $"{juror}", ["reference"] = submitted.GetProperty("reference").GetString()!, ["token"] = "ukendt-token",
            ["status"] = "404", ["documentName"] = "v1",
            ["key"] = "jury.invitation",
        };
        return (clients, values);
    }
}
