using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class AttachmentTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Files_too_big_of_forbidden_type_renamed_or_too_many_get_400_with_Danish_messages()
    {
        await Editions.CreateOpenAsync(app, 2047);
        var (id, nominator) = await NominatedAsync(app, 2047);
        var url = $"/api/nominations/{id}/attachments";

        var big = await ErrorsAsync(await nominator.PostAsync(url, Files(("stor.pdf", Pdf(NominationForm.MaxAttachmentBytes + 1)))));
        big.GetProperty("files")[0].GetString().ShouldBe("Filen stor.pdf er for stor. Hver fil må højst fylde 10 MB.");

        var renamed = await ErrorsAsync(await nominator.PostAsync(url, Files(("rapport.pdf", Exe()))));
        renamed.GetProperty("files")[0].GetString()!.ShouldContain("rapport.pdf er ikke en PDF");
        var text = await ErrorsAsync(await nominator.PostAsync(url, Files(("noter.txt", "bare tekst"u8.ToArray()))));
        text.GetProperty("files")[0].GetString()!.ShouldContain("noter.txt er ikke en PDF");

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        var accepted = await nominator.PostAsync(url, Files(("1.pdf", Pdf()), ("2.png", png), ("3.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0])));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        var tooMany = await ErrorsAsync(await nominator.PostAsync(url, Files(("4.pdf", Pdf()), ("5.pdf", Pdf()), ("6.pdf", Pdf()))));
        tooMany.GetProperty("files")[0].GetString().ShouldBe("Du kan højst vedhæfte 5 filer (der er allerede 3).");

        var stored = await app.WithScope(sp => sp.GetRequiredService<Db>()
            .QueryAsync<string>("SELECT ContentType FROM NominationAttachments WHERE NominationId = @id ORDER BY Id", new { id }));
        stored.ShouldBe(["application/pdf", "image/png", "image/jpeg"]);
    }

    [Fact]
    public async Task Attachments_are_downloaded_only_with_the_token_or_by_the_secretariat()
    {
        await Editions.CreateOpenAsync(app, 2048);
        var (id, nominator) = await NominatedAsync(app, 2048);
        var pdf = Pdf(2000);
        var created = await nominator.PostAsync($"/api/nominations/{id}/attachments", Files(("plan.pdf", pdf)));
        var attachmentId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attachmentIds")[0].GetInt64();
        var url = $"/api/nominations/{id}/attachments/{attachmentId}";

        var download = await nominator.GetAsync(url);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        (await app.Client().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var secretariat = await app.SecretariatAsync();
        (await secretariat.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Private_page_upload_refuses_a_renamed_file_with_a_Danish_message_and_accepts_a_pdf()
    {
        await Editions.CreateOpenAsync(app, 2051);
        var created = await SubmitOverApiAsync(app.Client(), 2051);
        var token = created.GetProperty("editToken").GetString()!;
        var link = $"/indstilling/{created.GetProperty("reference").GetString()}?token={Uri.EscapeDataString(token)}";
        var client = app.Client();

        var refused = await PostPageAsync(client, link, link + "&handler=Upload", new() { ["Token"] = token }, [("virus.pdf", Exe())]);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Filen virus.pdf er ikke en PDF, et Word-dokument (.docx) eller et billede (JPEG eller PNG).");
        html.ShouldContain("href=\"#Input_Attachments\"");

        var accepted = await PostPageAsync(client, link, link + "&handler=Upload", new() { ["Token"] = token }, [("bilag.pdf", Pdf())]);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(link)).ShouldContain("bilag.pdf");
        (await client.GetStringAsync(link)).ShouldNotContain("virus.pdf");
    }

    [Fact]
    public async Task A_bad_file_with_a_valid_form_stores_nothing_and_asks_to_choose_the_files_again()
    {
        await Editions.CreateOpenAsync(app, 2052);
        var client = app.Client();
        var html = await client.GetStringAsync("/indstil?aar=2052");
        var form = Form(Fields());
        form["SubmissionKey"] = Hidden(html, "SubmissionKey")!;
        var response = await PostPageAsync(client, "/indstil?aar=2052", "/indstil?aar=2052&handler=Submit", form, [("ok.pdf", Pdf()), ("rapport.pdf", Exe())]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Filen rapport.pdf er ikke en PDF");
        page.ShouldContain("Vælg dine filer igen");
        page.ShouldContain("Lommevending til Behandling");
        (await CountAsync(app, 2052)).ShouldBe(0);
        var attachments = await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>("SELECT COUNT(*) FROM NominationAttachments a JOIN Nominations n ON n.Id = a.NominationId WHERE n.Year = 2052"));
        attachments.ShouldBe(0);
    }
}
