using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>Moves the clock past the deadline, so it has its own app and database.</summary>
public sealed class AttachmentDeletionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private async Task<(long Id, string Token, long[] Attachments)> NominationWithFilesAsync(int year, int files)
    {
        var created = await SubmitOverApiAsync(app.Client(), year);
        var (id, token) = (created.GetProperty("id").GetInt64(), created.GetProperty("editToken").GetString()!);
        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", token);
        var upload = await nominator.PostAsync($"/api/nominations/{id}/attachments",
            Files(Enumerable.Range(1, files).Select(i => ($"bilag{i}.pdf", Pdf())).ToArray()));
        var ids = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attachmentIds").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        return (id, token, ids);
    }

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, long id, long attachmentId, string reason) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/nominations/{id}/attachments/{attachmentId}") { Content = JsonContent.Create(new { reason }) });

    [Fact]
    public async Task Secretariat_deletes_an_attachment_before_the_deadline_or_under_an_extension_with_the_reason_audited_but_not_after()
    {
        await Editions.CreateOpenAsync(app, 2131, app.Clock.GetUtcNow().AddDays(2));
        var (id, token, files) = await NominationWithFilesAsync(2131, 3);
        var secretariat = await app.SecretariatAsync();

        (await DeleteAsync(secretariat, id, files[0], "Forkert fil sendt")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", token);
        (await nominator.GetAsync($"/api/nominations/{id}/attachments/{files[0]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await nominator.GetAsync($"/api/nominations/{id}/attachments/{files[1]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audit = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT Data FROM AuditLog WHERE Action = 'Nominations.DeleteAttachment.Command' AND Data LIKE @reason", new { reason = "%Forkert fil sendt%" }));
        audit.Single().ShouldContain("Forkert fil sendt");
        audit.Single().ShouldContain($"\"attachmentId\":{files[0]}");
        (await DeleteAsync(secretariat, id, files[0], "Igen")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DeleteAsync(app.Client(), id, files[1], "Uden login")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        app.Clock.Advance(TimeSpan.FromDays(3));
        secretariat = app.Client();
        await secretariat.SignInAsync();
        (await DeleteAsync(secretariat, id, files[1], "Efter fristen")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await app.SendAsSystem(new GrantExtension.Command(2131, id, null, app.Clock.GetUtcNow().AddDays(1), "Nyt bilag på vej"));
        (await DeleteAsync(secretariat, id, files[1], "Under forlængelsen")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Once_screened_the_attachments_stay_and_the_page_offers_no_deletion()
    {
        await Editions.CreateOpenAsync(app, 2132, app.Clock.GetUtcNow().AddDays(200));
        var (id, _, files) = await NominationWithFilesAsync(2132, 1);
        var secretariat = await app.SecretariatAsync();
        var page = $"/sekretariat/indstillinger/{id}";
        (await secretariat.GetStringAsync(page)).ShouldContain("id=\"delete-attachment\"");

        await app.SendAsSystem(new ScreenNomination.Command(id, false, "Uden for målgruppen"));
        var refused = await DeleteAsync(secretariat, id, files[0], "For sent");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Indstillingen er screenet, og bilagene indgår i afgørelsen. Bilaget kan ikke slettes.");
        (await secretariat.GetStringAsync(page)).ShouldNotContain("id=\"delete-attachment\"");
    }

    [Fact]
    public async Task The_page_deletes_an_attachment_with_a_reason()
    {
        await Editions.CreateOpenAsync(app, 2133, app.Clock.GetUtcNow().AddDays(200));
        var (id, _, files) = await NominationWithFilesAsync(2133, 2);
        var secretariat = await app.SecretariatAsync();
        var page = $"/sekretariat/indstillinger/{id}";

        var noReason = await secretariat.PostFormAsync(page + "?handler=DeleteAttachment", new() { ["AttachmentId"] = files[0].ToString() });
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("id=\"DeleteReason-error\">Skriv en begrundelse.");
        var deleted = await secretariat.PostFormAsync(page + "?handler=DeleteAttachment",
            new() { ["AttachmentId"] = files[0].ToString(), ["DeleteReason"] = "Indeholdt CPR-numre" });
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await secretariat.GetStringAsync(page);
        html.ShouldContain("Bilaget er slettet.");
        html.ShouldNotContain($"attachments/{files[0]}\"");
        html.ShouldContain($"attachments/{files[1]}\"");
    }
}
