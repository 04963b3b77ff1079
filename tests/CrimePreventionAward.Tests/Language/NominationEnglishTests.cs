using System.Globalization;
using System.Net;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Language;

public sealed class NominationEnglishTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private async Task<HttpClient> EnglishAsync(bool secretariat = false)
    {
        var client = app.Client();
        if (secretariat) await client.SignInAsync();
        await client.UseEnglishAsync();
        return client;
    }

    [Fact]
    public async Task The_nomination_form_is_in_English()
    {
        await Editions.CreateOpenAsync(app, 2101);
        var html = await (await EnglishAsync()).GetStringAsync("/indstil?aar=2101");

        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("<h1>Nominate a candidate for Den Kriminalpræventive Pris 2101</h1>");
        html.ShouldContain("The candidate");
        html.ShouldContain("Candidate&#x27;s name (required)");
        html.ShouldContain("Partners (optional)");
        html.ShouldContain("Choose police district");
        html.ShouldContain("Nordjyllands Politi"); // police districts are names
        html.ShouldContain("A project");
        html.ShouldContain("At most 200 characters.");
        html.ShouldContain("Send the nomination");
        html.ShouldContain("Save as draft");
        html.ShouldContain("data-too-big=\"The file {0} is too large.");
        html.ShouldNotContain("Indstil en kandidat til");
        html.ShouldNotContain("Kandidatens navn");
        html.ShouldNotContain("skal udfyldes");
        html.ShouldNotContain("Send indstillingen");
        html.ShouldNotContain("Vælg politikreds");
    }

    [Fact]
    public async Task Validation_and_file_errors_on_the_form_are_shown_in_English()
    {
        await Editions.CreateOpenAsync(app, 2102);
        var client = await EnglishAsync();
        var html = await client.GetStringAsync("/indstil?aar=2102");
        var fields = new Dictionary<string, string>
        {
            ["SubmissionKey"] = Hidden(html, "SubmissionKey")!, ["Input.NominatorEmail"] = "not-an-address",
        };
        var response = await PostPageAsync(client, "/indstil?aar=2102", "/indstil?aar=2102&handler=Submit", fields, [("virus.exe", Exe())]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        page.ShouldContain("There are errors in the form");
        page.ShouldContain("Fill in the candidate's name.");
        page.ShouldContain("Choose a police district.");
        page.ShouldContain("Enter a valid email address, e.g. name@municipality.dk.");
        page.ShouldContain("Choose whether the candidate is a person, a project or a group.");
        page.ShouldContain("Choose your files again");
        page.ShouldNotContain("Udfyld feltet");
        page.ShouldNotContain("Der er fejl i formularen");
    }

    [Fact]
    public async Task A_form_that_is_not_open_says_so_in_English()
    {
        await Editions.Build(2103).CreateAsync(app);
        var secretariat = await EnglishAsync();
        await secretariat.SignInAsync();
        var html = await secretariat.GetStringAsync("/indstil?aar=2103");

        html.ShouldContain("Nominations are closed");
        html.ShouldContain("Nominations for the 2103 award have not opened yet.");
        html.ShouldNotContain("Der er lukket for indstillinger");
    }

    [Fact]
    public async Task The_private_page_and_the_receipt_are_in_English()
    {
        await Editions.CreateOpenAsync(app, 2104);
        var created = await SubmitOverApiAsync(app.Client(), 2104);
        var link = $"/indstilling/{created.GetProperty("reference").GetString()}?token={Uri.EscapeDataString(created.GetProperty("editToken").GetString()!)}";
        var client = await EnglishAsync();

        var html = await client.GetStringAsync(link);
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("<h1>Nomination KP-2104-001</h1>");
        html.ShouldContain("<dd id=\"status\">Submitted</dd>");
        html.ShouldContain("Deadline for changes");
        html.ShouldContain("Attach more files");
        html.ShouldContain("Edit the nomination");
        html.ShouldContain("Save changes");
        html.ShouldContain("Withdraw the nomination");
        html.ShouldNotContain("Ret indstillingen");
        html.ShouldNotContain("Træk indstillingen tilbage");
        html.ShouldNotContain("Indsendt");

        var upload = await PostPageAsync(client, link, link + "&handler=Upload", new() { ["Token"] = Hidden(html, "Token")! }, [("virus.exe", Exe())]);
        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync());
        refused.ShouldContain("The file virus.exe is not a PDF, a Word document (.docx) or an image (JPEG or PNG).");
        refused.ShouldNotContain("Filen virus.exe");

        var withdrawn = await PostPageAsync(client, link, link + "&handler=Withdraw", new() { ["Token"] = Hidden(html, "Token")! });
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetStringAsync(link);
        after.ShouldContain("<dd id=\"status\">Withdrawn</dd>");
        after.ShouldContain("The nomination has been withdrawn.");
        after.ShouldNotContain("Trukket tilbage");

        var receipt = await client.GetStringAsync("/indstil/kvittering");
        receipt.ShouldContain("<h1>Thank you for your nomination</h1>");
        receipt.ShouldContain("To the front page");
        receipt.ShouldNotContain("Tak for din indstilling");
    }

    [Fact]
    public async Task The_secretariat_list_and_nomination_pages_are_in_English()
    {
        await Editions.CreateOpenAsync(app, 2105);
        var id = await new Nomination(2105) { Title = "Natteravne" }.InsertAsync(app.Services);
        var client = await EnglishAsync(secretariat: true);

        var list = await client.GetStringAsync("/sekretariat/2105/indstillinger");
        list.ShouldContain("<html lang=\"en\">");
        list.ShouldContain("<h1>Nominations for the 2105 award</h1>");
        list.ShouldContain("Download all nominations as CSV (Excel)");
        list.ShouldContain("<th scope=\"col\">Nominator</th>");
        list.ShouldContain(">Eligible</td>");
        list.ShouldContain(">Submitted</td>");
        list.ShouldNotContain("Indstillinger til prisen");
        list.ShouldNotContain("Opfylder");

        var url = $"/sekretariat/indstillinger/{id}";
        var page = await client.GetStringAsync(url);
        page.ShouldContain("<h1>Nomination KP-2105-001</h1>");
        page.ShouldContain("Does the nomination meet the criteria?");
        page.ShouldContain("Save screening");
        page.ShouldContain("Notes (secretariat only)");
        page.ShouldContain("Title of the initiative");
        page.ShouldNotContain("Opfylder indstillingen kriterierne?");
        page.ShouldNotContain("Initiativets titel");

        var token = await client.AntiforgeryTokenAsync(url);
        var note = await client.PostAsync(url + "?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["NoteText"] = "",
        }));
        var shown = await note.Content.ReadAsStringAsync();
        shown.ShouldContain("Write a note.");
        shown.ShouldNotContain("Skriv en note.");
    }

    [Fact]
    public void Every_field_message_the_validators_can_give_has_English()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
        try
        {
            foreach (var field in NominationForm.All)
            {
                l[field.Label].ResourceNotFound.ShouldBeFalse(field.Label);
                if (field.Hint is not null) l[field.Hint].ResourceNotFound.ShouldBeFalse(field.Hint);
                var tooLong = NominationWording.Format(NominationWording.TooLong, field.Label, field.MaxLength);
                l[tooLong].ResourceNotFound.ShouldBeFalse(tooLong);
                if (!field.Required) continue;
                var missing = NominationWording.Format(field.Input == NominationForm.Input.Choice ? NominationWording.Choose : NominationWording.FillIn,
                    field.Label.ToLowerInvariant());
                l[missing].ResourceNotFound.ShouldBeFalse(missing);
            }
            foreach (var template in NominationWording.WithValues) l[template].ResourceNotFound.ShouldBeFalse(template);
            foreach (var kind in NominationForm.CandidateKinds.Values) l[kind].ResourceNotFound.ShouldBeFalse(kind);
            foreach (var status in new[] { NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.Withdrawn })
                l[NominationStatus.Danish(status)].ResourceNotFound.ShouldBeFalse(status);
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
