using System.Net;
using System.Net.Http.Json;
using System.Text;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation.BadInput;

/// <summary>On the web a refusal is the Danish status page (or the form with its errors), never a 500.</summary>
public sealed class WebFailureTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static async Task<string> StatusPageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"da\">");
        html.ShouldNotContain("Exception");
        return html;
    }

    [Theory]
    [InlineData(2071, "")]
    [InlineData(2074, "&handler=xyz")]
    public async Task A_post_without_a_known_page_handler_gets_400_with_the_page(int year, string handler)
    {
        await Editions.CreateOpenAsync(app, year);
        var client = app.Client();
        var url = $"/indstil?aar={year}{handler}";
        var token = await client.AntiforgeryTokenAsync($"/indstil?aar={year}");
        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.CandidateName"] = "Et navn",
        }));
        (await StatusPageAsync(response, HttpStatusCode.BadRequest)).ShouldContain("Ugyldig forespørgsel");
        (await CountAsync(app, year)).ShouldBe(0);
    }

    [Fact]
    public async Task A_post_to_a_page_that_takes_no_posts_gets_405_with_the_page()
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/");
        var response = await client.PostAsync("/arkiv", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        (await StatusPageAsync(response, HttpStatusCode.MethodNotAllowed)).ShouldContain("Det kan siden ikke");
    }

    public static TheoryData<string, Func<string, HttpContent>> LanguageSwitchRefusals => new()
    {
        { "no token", _ => new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB" }) },
        { "a wrong token", _ => new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB", ["__RequestVerificationToken"] = "forkert" }) },
        { "an empty body", _ => new ByteArrayContent([]) },
        { "2,000 fields", token => new FormUrlEncodedContent(Enumerable.Range(0, 2000).Select(i => KeyValuePair.Create($"f{i}", "x"))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token))) },
        { "a 3,000-character field name", token => new FormUrlEncodedContent(new Dictionary<string, string>
            { [new string('n', 3000)] = "x", ["culture"] = "en-GB", ["__RequestVerificationToken"] = token }) },
        { "multipart without a boundary", _ => Multipart("multipart/form-data") },
    };

    private static ByteArrayContent Multipart(string type)
    {
        var content = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"culture\"\r\n\r\nen-GB\r\n--b--\r\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    [Theory]
    [MemberData(nameof(LanguageSwitchRefusals))]
    public async Task The_language_switch_refuses_a_bad_post_with_400_and_the_Danish_page(string what, Func<string, HttpContent> body)
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/");
        var response = await client.PostAsync("/sprog", body(token));
        ((int)response.StatusCode).ShouldBeInRange(400, 415, what);
        (await StatusPageAsync(response, response.StatusCode)).ShouldContain("Ugyldig forespørgsel");
        string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(".AspNetCore.Culture", Case.Insensitive, what);
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/ok\u0001")]
    public async Task The_language_switch_sends_a_foreign_return_address_to_the_front_page(string returnUrl)
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/");
        var response = await client.PostAsync("/sprog", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB", ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task A_year_one_ceremony_time_on_the_form_is_a_field_error_and_nothing_is_saved()
    {
        await Editions.Build(2072).CreateAsync(app);
        var admin = await app.SecretariatAsync();
        var url = "/sekretariat/2072/prisoverraekkelse";
        var token = await admin.AntiforgeryTokenAsync(url);
        var response = await admin.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.Version"] = "0", ["Form.StartsAt"] = "0001-01-01T00:00",
            ["Form.Venue"] = "Christiansborg", ["Form.Address"] = "Prins Jørgens Gård 1", ["Form.Presenter"] = "Justitsministeren",
            ["Form.PrizeAmountDkk"] = "60000", ["Form.Items[0].Time"] = "00:30", ["Form.Items[0].Title"] = "Velkomst",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(TimeRules.OutOfRange);
        html.ShouldContain("Christiansborg");
        (await app.SendAsSystem(new GetEdition.Query(2072))).CeremonyAt.ShouldBe(Editions.Build(2072).CeremonyAt);

        var api = await admin.PutAsJsonAsync("/api/editions/2072/ceremony", new
        {
            startsAt = "0001-01-01T00:00:00+00:00", venue = "Christiansborg", address = "Prins Jørgens Gård 1", presenter = "Justitsministeren",
            prizeAmountDkk = 50_000, version = 0, programme = Array.Empty<object>(),
        });
        (await ErrorsAsync(api)).GetProperty("startsAt")[0].GetString().ShouldBe(TimeRules.OutOfRange);
    }

    [Fact]
    public async Task Announcement_shortlist_and_edition_times_outside_2000_to_2100_are_field_errors()
    {
        var yearOne = DanishTime.FromLocal(new DateTime(1, 1, 1));
        var farAway = DanishTime.FromLocal(new DateTime(2500, 1, 1));
        var announcement = await Should.ThrowAsync<FieldErrorsException>(app.SendAsSystem(new SetAnnouncement.Command(2073, yearOne, null)));
        announcement.Errors["AnnounceAt"].ShouldBe([TimeRules.OutOfRange]);
        var shortlist = await Should.ThrowAsync<FieldErrorsException>(app.SendAsSystem(
            new SetShortlist.Command(2073, [new SetShortlist.Entry(1, "Begrundelse")], farAway)));
        shortlist.Errors["AnnounceAt"].ShouldBe([TimeRules.OutOfRange]);
        var edition = await Should.ThrowAsync<FieldErrorsException>(app.SendAsSystem(Editions.Build(2073).Command with { CeremonyAt = farAway }));
        edition.Errors["CeremonyAt"].ShouldBe([TimeRules.OutOfRange]);
    }

    [Fact]
    public async Task A_page_form_over_the_form_limit_gets_the_413_page()
    {
        var client = app.Client();
        var token = await client.AntiforgeryTokenAsync("/login");
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = new string('a', 2 * 1024 * 1024),
        }));
        (await StatusPageAsync(response, HttpStatusCode.RequestEntityTooLarge)).ShouldContain("Det sendte er for stort");
    }
}
