using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation.BadInput;

public sealed class NominationInputTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Missing_required_fields_get_Danish_field_errors_and_nothing_is_stored()
    {
        await Editions.CreateOpenAsync(app, 2041);
        var errors = await ErrorsAsync(await app.Client().PostAsJsonAsync("/api/editions/2041/nominations", new { candidateName = "Kun et navn" }));
        errors.GetProperty("title")[0].GetString().ShouldBe("Udfyld feltet initiativets titel.");
        errors.GetProperty("policeDistrict")[0].GetString().ShouldBe("Vælg politikreds.");
        errors.GetProperty("candidateKind")[0].GetString()!.ShouldContain("person, et projekt eller en gruppe");
        errors.GetProperty("consentGiven")[0].GetString()!.ShouldContain("Bekræft");
        errors.TryGetProperty("candidateName", out _).ShouldBeFalse();
        (await CountAsync(app, 2041)).ShouldBe(0);
    }

    [Fact]
    public async Task Invalid_email_phone_and_text_over_the_limits_are_refused()
    {
        await Editions.CreateOpenAsync(app, 2042);
        var fields = Fields() with
        {
            NominatorEmail = "ikke-en-mail", NominatorPhone = "1234", CandidateContactPhone = "+46 12345678",
            Description = new string('a', 4001), CandidateName = new string('b', 201), PoliceDistrict = "Politi i Oslo",
        };
        var errors = await ErrorsAsync(await app.Client().PostAsJsonAsync("/api/editions/2042/nominations", fields));
        errors.GetProperty("nominatorEmail")[0].GetString().ShouldBe("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.");
        errors.GetProperty("nominatorPhone")[0].GetString().ShouldBe("Skriv et dansk telefonnummer med 8 cifre, evt. med +45 foran.");
        errors.GetProperty("candidateContactPhone")[0].GetString()!.ShouldContain("8 cifre");
        errors.GetProperty("description")[0].GetString().ShouldBe("Beskrivelse af initiativet må højst have 4000 tegn.");
        errors.GetProperty("candidateName")[0].GetString().ShouldBe("Kandidatens navn må højst have 200 tegn.");
        errors.GetProperty("policeDistrict")[0].GetString().ShouldBe("Vælg en politikreds fra listen.");
        (await CountAsync(app, 2042)).ShouldBe(0);
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("+4512345678")]
    [InlineData("+45 12 34 56 78")]
    [InlineData("12 34 56 78")]
    public void Danish_phone_numbers_are_accepted(string phone) => NominationForm.IsPhone(phone).ShouldBeTrue();

    [Fact]
    public async Task The_form_shows_errors_next_to_the_fields_and_keeps_the_input()
    {
        await Editions.CreateOpenAsync(app, 2043);
        var client = app.Client();
        var html = await client.GetStringAsync("/indstil?aar=2043");
        var form = Form(Fields() with { NominatorEmail = "forkert@", Title = null });
        form["SubmissionKey"] = Hidden(html, "SubmissionKey")!;
        var response = await PostPageAsync(client, "/indstil?aar=2043", "/indstil?aar=2043&handler=Submit", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("id=\"error-summary\"");
        page.ShouldContain("<a href=\"#Input_NominatorEmail\">Skriv en gyldig e-mailadresse, fx navn@kommune.dk.</a>");
        page.ShouldContain("Udfyld feltet initiativets titel.");
        page.ShouldContain("value=\"forkert@\"");
        page.ShouldContain("Ballerup");
        (await CountAsync(app, 2043)).ShouldBe(0);
    }

    [Fact]
    public async Task Html_and_script_are_stored_as_text_and_always_shown_escaped()
    {
        await Editions.CreateOpenAsync(app, 2044);
        const string evil = "<script>alert('x')</script><b>fed</b>";
        var created = await SubmitOverApiAsync(app.Client(), 2044, Fields() with { CandidateName = evil, Description = evil });
        var link = $"/indstilling/{created.GetProperty("reference").GetString()}?token={Uri.EscapeDataString(created.GetProperty("editToken").GetString()!)}";
        var page = await app.Client().GetStringAsync(link);
        page.ShouldNotContain("<script>alert");
        page.ShouldNotContain("<b>fed</b>");
        page.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;fed&lt;/b&gt;");

        var secretariat = await app.SecretariatAsync();
        var list = await secretariat.GetStringAsync("/sekretariat/2044/indstillinger");
        list.ShouldNotContain("<script>alert");
        var stored = await app.WithScope(sp => sp.GetRequiredService<Db>()
            .ScalarAsync<string>("SELECT CandidateName FROM Nominations WHERE Id = @id", new { id = created.GetProperty("id").GetInt64() }));
        stored.ShouldBe(evil);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_gets_400()
    {
        await Editions.CreateOpenAsync(app, 2045);
        var client = app.Client();
        var form = Form(Fields());
        form["SubmissionKey"] = Guid.NewGuid().ToString();
        var response = await PostPageAsync(client, "/indstil?aar=2045", "/indstil?aar=2045&handler=Submit", form, withToken: false);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(app, 2045)).ShouldBe(0);
    }

    [Fact]
    public async Task Nomination_to_a_closed_edition_gets_409_and_to_an_unknown_edition_404()
    {
        await Editions.Build(2046).CreateAsync(app); // still a draft edition, not open
        var closed = await app.Client().PostAsJsonAsync("/api/editions/2046/nominations", Fields());
        closed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await closed.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Der er endnu ikke åbnet for indstillinger til prisen 2046.");
        (await app.Client().PostAsJsonAsync("/api/editions/1999/nominations", Fields())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync("/indstil?aar=1999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_token_answers_exactly_like_an_unknown_reference()
    {
        await Editions.CreateOpenAsync(app, 2049);
        var created = await SubmitOverApiAsync(app.Client(), 2049);
        var reference = created.GetProperty("reference").GetString();
        var wrong = await app.Client().GetAsync($"/indstilling/{reference}?token=forkert");
        var unknown = await app.Client().GetAsync("/indstilling/KP-2049-999?token=forkert");
        var none = await app.Client().GetAsync($"/indstilling/{reference}");
        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Only what differs per response or echoes the request (the anti-forgery token, the language switch's
        // return address) may differ; nothing may tell whether the reference exists.
        Echoless(await wrong.Content.ReadAsStringAsync(), reference!).ShouldBe(Echoless(await unknown.Content.ReadAsStringAsync(), "KP-2049-999"));

        var api = app.Client();
        api.DefaultRequestHeaders.Add("X-Edit-Token", "forkert");
        var apiWrong = await api.GetAsync($"/api/nominations/{created.GetProperty("id").GetInt64()}");
        var apiUnknown = await api.GetAsync("/api/nominations/999999");
        apiWrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await apiWrong.ProblemAsync()).GetProperty("title").GetString()
            .ShouldBe((await apiUnknown.ProblemAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Update_without_If_Match_is_refused()
    {
        await Editions.CreateOpenAsync(app, 2050);
        var (id, nominator) = await NominatedAsync(app, 2050);
        var errors = await ErrorsAsync(await nominator.PutAsJsonAsync($"/api/nominations/{id}", Fields()));
        errors.GetProperty("version")[0].GetString()!.ShouldContain("If-Match");
    }

    [Fact]
    public async Task OpenApi_document_lists_the_nomination_endpoints()
    {
        var secretariat = app.Client(); // outside Development the document is the secretariat's
        await secretariat.SignInAsync();
        var json = await secretariat.GetStringAsync("/openapi/v1.json");
        json.ShouldContain("\"/api/editions/{year}/nominations\"");
        json.ShouldContain("\"/api/nominations/{id}/attachments\"");
        json.ShouldContain("\"/api/nominations/{id}/screening\"");
    }

    private static string Echoless(string html, string reference) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "token")
            .Replace(reference, "REFERENCE");
}
