using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>Moves the clock past deadlines, so it has its own app and database.</summary>
public sealed class ExtensionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static HttpRequestMessage Put(long id, string token, int version)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/nominations/{id}") { Content = JsonContent.Create(Fields()) };
        put.Headers.Add("X-Edit-Token", token);
        put.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return put;
    }

    [Fact]
    public async Task With_an_extension_by_e_mail_the_nominator_submits_after_the_deadline_until_the_given_time_and_not_after()
    {
        await Editions.CreateOpenAsync(app, 2161, app.Clock.GetUtcNow().AddDays(2));
        app.Clock.Advance(TimeSpan.FromDays(3));
        var secretariat = await app.SecretariatAsync();
        await app.SendAsSystem(new ChangePhase.Command(2161, Phase.Screening, null));

        (await app.Client().PostAsJsonAsync("/api/editions/2161/nominations", Fields())).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var granted = await secretariat.PostAsJsonAsync("/api/editions/2161/extensions", new
        {
            nominatorEmail = "DITTE@politi.test", until = app.Clock.GetUtcNow().AddDays(1), reason = "Kvitteringen nåede aldrig frem",
        });
        granted.StatusCode.ShouldBe(HttpStatusCode.Created, await granted.Content.ReadAsStringAsync());

        var someoneElse = await app.Client().PostAsJsonAsync("/api/editions/2161/nominations", Fields() with { NominatorEmail = "anden@politi.test" });
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await someoneElse.ProblemAsync()).GetProperty("title").GetString()!.ShouldStartWith("Fristen for indstillinger til prisen 2161 udløb");
        var late = await SubmitOverApiAsync(app.Client(), 2161);
        late.GetProperty("reference").GetString().ShouldBe("KP-2161-001");

        app.Clock.Advance(TimeSpan.FromDays(1.5));
        (await app.Client().PostAsJsonAsync("/api/editions/2161/nominations", Fields("Endnu en"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var token = late.GetProperty("editToken").GetString()!;
        (await app.Client().SendAsync(Put(late.GetProperty("id").GetInt64(), token, 1))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_extension_for_one_nomination_lets_its_nominator_edit_and_attach_but_no_one_else_and_not_once_the_jury_begins()
    {
        await Editions.CreateOpenAsync(app, 2162, app.Clock.GetUtcNow().AddDays(2));
        var mine = await SubmitOverApiAsync(app.Client(), 2162, Fields("Min") with { NominatorEmail = "min@politi.test" });
        var other = await SubmitOverApiAsync(app.Client(), 2162, Fields("Anden") with { NominatorEmail = "anden@politi.test" });
        var (mineId, mineToken) = (mine.GetProperty("id").GetInt64(), mine.GetProperty("editToken").GetString()!);
        app.Clock.Advance(TimeSpan.FromDays(3));
        var secretariat = await app.SecretariatAsync();

        (await app.Client().SendAsync(Put(mineId, mineToken, 1))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await secretariat.PostAsJsonAsync("/api/editions/2162/extensions", new
        {
            nominationId = mineId, until = app.Clock.GetUtcNow().AddDays(2), reason = "Bilag manglede ved en fejl",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await app.Client().SendAsync(Put(mineId, mineToken, 1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", mineToken);
        (await nominator.PostAsync($"/api/nominations/{mineId}/attachments", Files(("bilag.pdf", Pdf())))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var link = $"/indstilling/{mine.GetProperty("reference").GetString()}?token={Uri.EscapeDataString(mineToken)}";
        (await app.Client().GetStringAsync(link)).ShouldNotContain("id=\"closed\"");
        (await app.Client().SendAsync(Put(other.GetProperty("id").GetInt64(), other.GetProperty("editToken").GetString()!, 1)))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await app.SendAsSystem(new ChangePhase.Command(2162, Phase.Screening, null));
        await app.SendAsSystem(new ChangePhase.Command(2162, Phase.Scoring, null));
        (await app.Client().SendAsync(Put(mineId, mineToken, 2))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await secretariat.PostAsJsonAsync("/api/editions/2162/extensions", new
        {
            nominationId = mineId, until = app.Clock.GetUtcNow().AddDays(1), reason = "For sent",
        })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_reason_is_in_the_audit_and_the_e_mail_is_not()
    {
        await Editions.CreateOpenAsync(app, 2163, app.Clock.GetUtcNow().AddDays(2));
        var secretariat = await app.SecretariatAsync();
        (await secretariat.PostAsJsonAsync("/api/editions/2163/extensions", new
        {
            nominatorEmail = "hemmelig.person@kommune.test", until = app.Clock.GetUtcNow().AddDays(5), reason = "Sygdom i sekretariatet hos indstiller",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var audit = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT Data FROM AuditLog WHERE Action = 'Nominations.GrantExtension.Command' AND Data LIKE '%\"year\":2163%'"));
        audit.Count().ShouldBe(1);
        audit.Single().ShouldContain("Sygdom i sekretariatet hos indstiller");
        audit.Single().ShouldContain("\"nominatorEmail\":\"…\"");
        var everything = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>("SELECT Data FROM AuditLog"));
        everything.ShouldAllBe(data => !data.Contains("hemmelig.person", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_extension_needs_the_secretariat_one_target_a_future_time_and_a_reason()
    {
        await Editions.CreateOpenAsync(app, 2164, app.Clock.GetUtcNow().AddDays(2));
        var until = app.Clock.GetUtcNow().AddDays(5);
        (await app.Client().PostAsJsonAsync("/api/editions/2164/extensions", new { nominatorEmail = "a@b.dk", until, reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var secretariat = await app.SecretariatAsync();
        var both = await secretariat.PostAsJsonAsync("/api/editions/2164/extensions", new { nominationId = 1, nominatorEmail = "a@b.dk", until, reason = "x" });
        (await both.ProblemAsync()).GetProperty("errors").GetProperty("nominatorEmail")[0].GetString().ShouldBe("Vælg enten en indstilling eller en e-mailadresse.");
        var past = await secretariat.PostAsJsonAsync("/api/editions/2164/extensions",
            new { nominatorEmail = "a@b.dk", until = app.Clock.GetUtcNow().AddDays(-1), reason = "x" });
        (await past.ProblemAsync()).GetProperty("errors").GetProperty("until")[0].GetString().ShouldBe("Den nye frist skal ligge ude i fremtiden.");
        var noReason = await secretariat.PostAsJsonAsync("/api/editions/2164/extensions", new { nominatorEmail = "a@b.dk", until, reason = "" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secretariat.PostAsJsonAsync("/api/editions/2164/extensions", new { nominationId = 999_999, until, reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Secretariat_gives_more_time_on_the_pages_by_nomination_and_by_e_mail_and_sees_the_list()
    {
        await Editions.CreateOpenAsync(app, 2165, app.Clock.GetUtcNow().AddDays(2));
        var created = await SubmitOverApiAsync(app.Client(), 2165);
        var id = created.GetProperty("id").GetInt64();
        app.Clock.Advance(TimeSpan.FromDays(3));
        var secretariat = await app.SecretariatAsync();
        var until = DanishTime.ToLocal(app.Clock.GetUtcNow().AddDays(1)).ToString("yyyy-MM-dd'T'HH:mm");

        var page = $"/sekretariat/indstillinger/{id}";
        var missing = await secretariat.PostFormAsync(page + "?handler=Extend", new() { ["ExtendUntil"] = until, ["ExtendReason"] = "" });
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("id=\"ExtendReason-error\">Skriv en begrundelse.");
        var given = await secretariat.PostFormAsync(page + "?handler=Extend", new() { ["ExtendUntil"] = until, ["ExtendReason"] = "Bilag manglede" });
        given.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Client().SendAsync(Put(id, created.GetProperty("editToken").GetString()!, 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = "/sekretariat/2165/indstillinger";
        var byMail = await secretariat.PostFormAsync(list + "?handler=Extend",
            new() { ["ExtendNominatorEmail"] = "ny@kommune.test", ["ExtendUntil"] = until, ["ExtendReason"] = "Ny kontaktperson" });
        byMail.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SubmitOverApiAsync(app.Client(), 2165, Fields("Sen men velkommen") with { NominatorEmail = "ny@kommune.test" }))
            .GetProperty("reference").GetString().ShouldBe("KP-2165-002");
        var html = await secretariat.GetStringAsync(list);
        html.ShouldContain("Bilag manglede");
        html.ShouldContain("ny@kommune.test");
        html.ShouldContain("Ny kontaktperson");
    }
}
