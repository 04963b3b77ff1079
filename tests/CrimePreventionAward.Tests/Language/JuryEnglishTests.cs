using System.Net;
using CrimePreventionAward.Tests.Results;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web;
using CrimePreventionAward.Web.Pages.Jury;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Tests.Language;

/// <summary>The jury's and the sign-in pages in English, once the visitor has chosen it with the language switch.</summary>
public sealed class JuryEnglishTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static async Task<string> PageAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        var html = await PageAsync(response);
        html.ShouldContain("<html lang=\"en\"");
        return html;
    }

    private static async Task<string> PostAsync(HttpClient client, string url, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(url);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(form));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await PageAsync(response);
    }

    private async Task<(List<long> Nominations, HttpClient Juror)> ScoringJurorInEnglishAsync(int year)
    {
        var ids = await JuryKit.ScoringEditionAsync(app, year, 2);
        await JuryKit.InviteAsync(app, year, "Eva Lund");
        await JuryKit.OpenScoringAsync(app, year);
        var juror = await JuryKit.SignedInAsync(app, JuryKit.Email("Eva Lund", year));
        await juror.UseEnglishAsync();
        return (ids, juror);
    }

    [Fact]
    public async Task Sign_in_page_is_in_English_with_English_validation_messages()
    {
        var client = app.Client();
        await client.UseEnglishAsync();
        var html = await GetAsync(client, "/login");
        html.ShouldContain("<h1>Sign in</h1>");
        html.ShouldContain("<h2>Jury members</h2>");
        html.ShouldContain(">Password</label>");
        html.ShouldContain("Send me a sign-in link");
        html.ShouldNotContain("Adgangskode");
        html.ShouldNotContain("Jurymedlemmer logger ind");

        var wrong = await PostAsync(client, "/login", new() { ["Email"] = "nobody@test.dk", ["Password"] = "forkert-forkert" });
        wrong.ShouldContain("Wrong email or password.");
        wrong.ShouldContain("There are errors in the form");
        wrong.ShouldNotContain("Forkert e-mail eller adgangskode.");

        var link = await PostAsync(client, "/login?handler=Link", new() { ["LinkEmail"] = "" });
        link.ShouldContain("Enter your email address.");
        link.ShouldNotContain("Skriv din e-mailadresse.");
    }

    [Fact]
    public async Task Sign_in_link_refusal_and_sign_out_pages_are_in_English()
    {
        var client = app.Client();
        await client.UseEnglishAsync();
        var refused = await client.PostFormAsync("/login/link/not-a-real-token");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var html = await PageAsync(refused);
        html.ShouldContain("<html lang=\"en\"");
        html.ShouldContain("<h1>The sign-in link cannot be used</h1>");
        html.ShouldContain("The link is not valid. Ask for a new sign-in link.");
        html.ShouldContain("sign-in page</a>");
        html.ShouldNotContain("Login-linket kan ikke bruges");
        html.ShouldNotContain("Linket er ikke gyldigt");

        var logout = await GetAsync(client, "/logout");
        logout.ShouldContain("<h1>Sign out</h1>");
        logout.ShouldNotContain("<h1>Log ud</h1>");
    }

    [Fact]
    public async Task Jury_front_page_shows_progress_and_the_conflict_form_in_English()
    {
        const int year = 2191;
        var (_, juror) = await ScoringJurorInEnglishAsync(year);
        var html = await GetAsync(juror, $"/jury/{year}");
        html.ShouldContain("<h1>Jury: ");
        html.ShouldContain("Welcome, Eva Lund.");
        html.ShouldContain("<strong>Scoring</strong>");
        html.ShouldContain("<h2>Your progress</h2>");
        html.ShouldContain("0 of 2 scored");
        html.ShouldContain("<th scope=\"col\">Candidate</th>");
        html.ShouldContain("Not started");
        html.ShouldContain("Declare a conflict of interest");
        html.ShouldNotContain("Din fremdrift");
        html.ShouldNotContain("bedømt");
        html.ShouldNotContain("Ikke påbegyndt");
        html.ShouldNotContain("Erklær inhabilitet");

        var refused = await PostAsync(juror, $"/jury/{year}?handler=Conflict", new() { ["Conflict.Reason"] = "" });
        refused.ShouldContain("Choose a nomination or enter an organisation.");
        refused.ShouldContain("Enter a reason for the conflict of interest.");
        refused.ShouldNotContain("Skriv en begrundelse");
    }

    [Fact]
    public async Task Score_sheet_shows_the_default_criteria_in_English_and_a_refused_score_in_English()
    {
        const int year = 2192;
        var (ids, juror) = await ScoringJurorInEnglishAsync(year);
        var url = $"/jury/{year}/bedoem/{ids[0]}";
        var html = await GetAsync(juror, url);
        html.ShouldContain("Your score sheet");
        html.ShouldContain("<legend class=\"form-label\">Crime-preventive effect</legend>");
        html.ShouldContain("Innovation");
        html.ShouldContain("Anchoring");
        html.ShouldContain("Transferability");
        html.ShouldContain("Cooperation");
        html.ShouldContain("Back to the list");
        html.ShouldContain(">Save scores</button>");
        html.ShouldNotContain("Kriminalpræventiv effekt");
        html.ShouldNotContain("Dit bedømmelsesark");
        html.ShouldNotContain("Gem bedømmelse");

        var criteria = await JuryKit.CriteriaAsync(app, year);
        var form = new Dictionary<string, string> { ["Version"] = "0", ["Comment"] = "Kept" };
        foreach (var k in criteria) form[$"Scores[{k.Id}]"] = "3";
        form[$"Scores[{criteria[4].Id}]"] = "9";
        var refused = await PostAsync(juror, url, form);
        refused.ShouldContain("Cooperation: points must be from 1 to 5.");
        refused.ShouldNotContain("point skal ligge");
        refused.ShouldContain("Kept");
    }

    [Fact]
    public async Task Final_vote_form_is_in_English_with_an_English_refusal()
    {
        const int year = 2193;
        var s = await FinalVoteTests.ShortlistedAsync(app, year, ("english-vote@test.dk", false));
        var juror = await FinalVoteTests.JurorAsync(app, "english-vote@test.dk");
        await juror.UseEnglishAsync();
        var url = $"/jury/{year}/afstemning";
        var html = await GetAsync(juror, url);
        html.ShouldContain("<h1>Final vote: ");
        html.ShouldContain("Your ranking");
        html.ShouldContain("Choose a place");
        html.ShouldContain(">Place 1</option>");
        html.ShouldContain("Save my vote");
        html.ShouldNotContain("Din rangorden");
        html.ShouldNotContain("1. plads");

        var refused = await PostAsync(juror, url, new() { [$"Ranks[{s.A}]"] = "1", [$"Ranks[{s.B}]"] = "1", [$"Ranks[{s.C}]"] = "2" });
        refused.ShouldContain("Two nominees cannot have the same place.");
        refused.ShouldNotContain("samme plads");
    }

    [Fact]
    public async Task Secretariat_jury_page_is_in_English_with_English_validation_messages()
    {
        const int year = 2194;
        await JuryKit.ScoringEditionAsync(app, year, 2);
        await JuryKit.InviteAsync(app, year, "Ole Berg", chair: true);
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();
        var url = $"/sekretariat/{year}/jury";
        var html = await GetAsync(client, url);
        html.ShouldContain("<h1>Jury: ");
        html.ShouldContain("<h2>Jury members and progress</h2>");
        html.ShouldContain("Ole Berg (chair)");
        html.ShouldContain("0 of 2 scored");
        html.ShouldContain("aria-label=\"Progress for Ole Berg\"");
        html.ShouldContain("Send reminder");
        html.ShouldContain("<strong>Crime-preventive effect</strong>");
        html.ShouldContain("Invite a jury member");
        html.ShouldContain(">Jury chair</label>");
        html.ShouldNotContain("Jurymedlemmer og fremdrift");
        html.ShouldNotContain("Send påmindelse");
        html.ShouldNotContain("Invitér et jurymedlem");

        var refused = await PostAsync(client, $"{url}?handler=Invite", new() { ["Invite.Name"] = "", ["Invite.Email"] = "ikke-gyldig", ["Invite.Organisation"] = "TrygFonden" });
        refused.ShouldContain("Enter the jury member's name.");
        refused.ShouldContain("Enter a valid email address.");
        refused.ShouldNotContain("Skriv en gyldig e-mailadresse.");
    }

    [Fact]
    public async Task Criteria_page_is_in_English_with_English_validation_messages()
    {
        const int year = 2195;
        await Editions.CreateOpenAsync(app, year);
        var client = await app.SecretariatAsync();
        await client.UseEnglishAsync();
        var url = $"/sekretariat/{year}/kriterier";
        var html = await GetAsync(client, url);
        html.ShouldContain("<h1>Scoring criteria: ");
        html.ShouldContain("<legend class=\"form-label\">Criterion 1</legend>");
        html.ShouldContain(">Scale from</label>");
        html.ShouldContain(">Weight</label>");
        html.ShouldContain("Save criteria");
        html.ShouldNotContain("Gem kriterier");
        html.ShouldNotContain("Kriterium 1");

        var refused = await PostAsync(client, url, new()
        {
            ["Rows[0].Name"] = "Effekt", ["Rows[0].Weight"] = "0", ["Rows[0].ScaleMin"] = "1", ["Rows[0].ScaleMax"] = "5",
        });
        refused.ShouldContain("The weight must be greater than 0.");
        refused.ShouldNotContain("Vægten skal være større end 0.");
    }

    [Fact]
    public async Task Refusals_with_a_date_or_a_phase_are_translated_by_their_template_and_stay_Danish_in_Danish()
    {
        var texts = await app.WithScope(sp => Task.FromResult(sp.GetRequiredService<IStringLocalizer<SharedResource>>()));
        var ui = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("en-GB");
            texts["Fristen for bedømmelse udløb 20. november 2026 kl. 23:59. Bedømmelsesarket kan kun læses."].Value
                .ShouldBe("The scoring deadline passed 20. november 2026 kl. 23:59. The score sheet is read-only.");
            texts["Bedømmelsen er ikke åben: prisuddelingen er i fasen Åben for indstillinger."].Value
                .ShouldBe("Scoring is not open: the award is in the phase Open for nominations.");
            texts["Angiv point."].Value.ShouldBe("Give points.");

            System.Globalization.CultureInfo.CurrentUICulture = new("da-DK");
            texts["Fristen for afstemningen udløb 1. december 2026 kl. 23:59."].Value
                .ShouldBe("Fristen for afstemningen udløb 1. december 2026 kl. 23:59.");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }
    }
}
