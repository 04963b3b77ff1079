using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jury;

public sealed class SecretariatJuryPageTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(url);
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Secretariat_invites_through_the_form_keeps_input_on_error_and_records_a_conflict_for_a_juror()
    {
        const int year = 2181;
        await Editions.CreateOpenAsync(app, year);
        var nomination = await new Nomination(year) { Title = "Sikker Shopping" }.InsertAsync(app.Services);
        var client = await app.SecretariatAsync();
        (await client.GetStringAsync("/sekretariat")).ShouldContain($"/sekretariat/{year}/jury");
        var url = $"/sekretariat/{year}/jury";

        var invalid = await PostAsync(client, $"{url}?handler=Invite", new() { ["Invite.Name"] = "Nina Holm", ["Invite.Email"] = "ikke-gyldig", ["Invite.Organisation"] = "TrygFonden" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await invalid.Content.ReadAsStringAsync();
        html.ShouldContain("Skriv en gyldig e-mailadresse.");
        html.ShouldContain("value=\"Nina Holm\"");

        var invited = await PostAsync(client, $"{url}?handler=Invite", new()
        {
            ["Invite.Name"] = "Nina Holm", ["Invite.Email"] = "nina@jury.test", ["Invite.Organisation"] = "TrygFonden", ["Invite.IsChair"] = "true",
        });
        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(url);
        page.ShouldContain("Nina Holm (formand)");
        page.ShouldContain("0 af 1 bedømt");
        page.ShouldContain("Kriminalpræventiv effekt");
        var jurorId = await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>("SELECT Id FROM Jurors WHERE Email = 'nina@jury.test'"));

        var conflict = await PostAsync(client, $"{url}?handler=Conflict", new()
        {
            ["Conflict.JurorId"] = jurorId.ToString(), ["Conflict.NominationId"] = nomination.ToString(), ["Conflict.Reason"] = "Bestyrelsesmedlem",
        });
        conflict.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await client.GetStringAsync(url);
        page.ShouldContain("Bestyrelsesmedlem");
        page.ShouldContain("0 af 0 bedømt");
    }
}
