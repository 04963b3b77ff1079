using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Hosting;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>Headers on every response, HTTPS, Secure cookies, proof on cookie API writes and the API explorer's door.</summary>
public sealed class WebHardeningTests(WebHardeningTests.Factory app) : IClassFixture<WebHardeningTests.Factory>
{
    private const int Year = 2191;

    public sealed class Factory : AwardFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("https_port", "443");
        }
    }

    [Fact]
    public async Task Every_route_the_app_maps_answers_with_the_security_headers_for_anyone()
    {
        await Editions.CreateOpenAsync(app, Year);
        var nomination = await new Nomination(Year) { Title = "Overskrifter" }.InsertAsync(app.Services);
        var attachment = await TestNominations.AttachmentAsync(app, nomination, "bilag.txt", "<script>alert(1)</script>");
        var values = new Dictionary<string, string>
        {
            ["year"] = $"{Year}", ["id"] = $"{nomination}", ["nominationId"] = $"{nomination}", ["attachmentId"] = $"{attachment}",
            ["jurorId"] = "1", ["token"] = "ukendt-token", ["reference"] = $"KP-{Year}-001", ["status"] = "404", ["documentName"] = "v1",
        };
        var secretariat = await app.SecretariatAsync();
        // Signing out last, so the secretariat walks every other route signed in.
        var urls = AppRoutes.All(app).OrderBy(r => r.Pattern.Contains("logout")).Select(r => (r.Method, Url: r.Url(values)))
            .Concat([("GET", "/css/site.css"), ("GET", "/js/error-summary.js"), ("GET", "/findes-ikke"), ("GET", "/api/findes-ikke")])
            .ToList();
        urls.ShouldContain(("GET", $"/api/nominations/{nomination}/attachments/{attachment}"));

        var failures = new List<string>();
        foreach (var client in new[] { app.Client(), secretariat })
            foreach (var (method, url) in urls)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method != "GET") request.Content = JsonContent.Create(new { });
                var response = await client.SendAsync(request);
                failures.AddRange(MissingHeaders(response).Select(missing => $"{method} {url} ({(int)response.StatusCode}): {missing}"));
            }
        failures.ShouldBeEmpty();

        var signedIn = await app.SecretariatAsync();
        var file = await signedIn.GetAsync($"/api/nominations/{nomination}/attachments/{attachment}");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    private static IEnumerable<string> MissingHeaders(HttpResponseMessage response)
    {
        string? Header(string name) => response.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : null;
        var csp = Header("Content-Security-Policy") ?? "";
        if (!csp.Contains("frame-ancestors 'none'")) yield return $"CSP without frame-ancestors 'none': '{csp}'";
        var scripts = csp.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src")) ?? "";
        if (scripts.Contains("unsafe-inline") && !response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/scalar"))
            yield return $"inline scripts allowed: '{scripts}'";
        if (Header("X-Content-Type-Options") != "nosniff") yield return "no X-Content-Type-Options: nosniff";
        if (Header("Referrer-Policy") != "no-referrer") yield return "no Referrer-Policy: no-referrer";
        if (Header("Strict-Transport-Security") is not { } hsts || !hsts.Contains("max-age=")) yield return "no HSTS";
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_and_cookies_are_secure()
    {
        var plain = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost"),
        });
        var redirected = await plain.GetAsync("/indstil?aar=2027");
        ((int)redirected.StatusCode).ShouldBeOneOf(307, 308);
        redirected.Headers.Location!.ToString().ShouldBe("https://localhost/indstil?aar=2027");

        var signIn = await app.Client().PostAsJsonAsync("/api/auth/login", new { email = AwardFactory.AdminEmail, password = AwardFactory.AdminPassword });
        signIn.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        signIn.Headers.GetValues("Set-Cookie").ShouldAllBe(cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var login = await app.Client().GetAsync("/login");
        login.Headers.GetValues("Set-Cookie").ShouldAllBe(cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_cookie_authenticated_api_write_needs_the_apps_header_from_the_apps_origin()
    {
        var secretariat = await app.SecretariatAsync();
        secretariat.DefaultRequestHeaders.Remove(ApiWriteProof.Header);

        var bare = await secretariat.PostAsJsonAsync("/api/editions", Editions.Build(2189).Command);
        bare.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bare.ProblemAsync()).GetProperty("title").GetString().ShouldBe(ApiWriteProof.Message);

        var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/editions") { Content = JsonContent.Create(Editions.Build(2189).Command) };
        crossSite.Headers.Add(ApiWriteProof.Header, "x");
        crossSite.Headers.Add("Origin", "https://ond.example");
        (await secretariat.SendAsync(crossSite)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var upload = await secretariat.PostAsync("/api/nominations/1/attachments", new MultipartFormDataContent());
        upload.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var fromTheApp = new HttpRequestMessage(HttpMethod.Post, "/api/editions") { Content = JsonContent.Create(Editions.Build(2189).Command) };
        fromTheApp.Headers.Add(ApiWriteProof.Header, "fetch");
        fromTheApp.Headers.Add("Origin", "https://localhost");
        (await secretariat.SendAsync(fromTheApp)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await secretariat.GetAsync("/api/editions/2189")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Nominator_routes_need_the_private_link_even_with_a_secretariat_cookie()
    {
        await Editions.CreateOpenAsync(app, 2193);
        var submitted = await Nominations.NominationData.SubmitOverApiAsync(app.Client(), 2193);
        var id = submitted.GetProperty("id").GetInt64();
        var secretariat = await app.SecretariatAsync();

        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/nominations/{id}") { Content = JsonContent.Create(Nominations.NominationData.Fields("Ændret af sekretariatet")) };
        edit.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        (await secretariat.SendAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await secretariat.PostAsync($"/api/nominations/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await secretariat.PostAsync($"/api/nominations/{id}/attachments", Nominations.NominationData.Files(("plan.pdf", Nominations.NominationData.Pdf()))))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await secretariat.GetAsync($"/api/nominations/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var withToken = app.Client();
        withToken.DefaultRequestHeaders.Add("X-Edit-Token", submitted.GetProperty("editToken").GetString());
        (await withToken.PostAsync($"/api/nominations/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_api_description_is_for_the_secretariat_outside_development()
    {
        var anonymous = app.Client();
        (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetAsync("/scalar")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var secretariat = await app.SecretariatAsync();
        (await secretariat.GetStringAsync("/openapi/v1.json")).ShouldContain("/api/editions/{year}/phase");
        var explorer = await secretariat.GetAsync("/scalar/");
        explorer.StatusCode.ShouldBe(HttpStatusCode.OK, explorer.Headers.Location?.ToString());
    }
}
