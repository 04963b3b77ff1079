using System.Text;
using CrimePreventionAward.BrowserTests.Support;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests.Journey;

/// <summary>What the people of the year do on the pages, by the labels and ids they see.</summary>
public static class People
{
    public sealed record Nomination(string Kind, string CandidateName, string Title, string Organisation, string Municipality,
        string PoliceDistrict, string Description, string Effect, string Motivation, string NominatorOrganisation,
        string NominatorName, string NominatorEmail, string NominatorPhone);

    /// <summary>Signs the secretariat in (again, when its cookie has run out on the moved clock) and lands on /sekretariat.</summary>
    public static async Task SignInSecretariatAsync(IPage page)
    {
        await page.GotoAsync("/sekretariat");
        if (!page.Url.Contains("/login")) return;
        await page.Locator("#Email").FillAsync(ServerFixture.AdminEmail);
        await page.Locator("#Password").FillAsync(ServerFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).Last.ClickAsync();
        await page.ArriveAtAsync("**/sekretariat");
    }

    public static async Task ChangePhaseAsync(IPage page, int year, string phase)
    {
        await page.GotoAsync("/sekretariat");
        await page.Locator($"#phase-{year}").SelectOptionAsync(phase);
        await page.Locator($"form.phase-form:has(#phase-{year}) button[type=submit]").ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
    }

    public static async Task FillNominationAsync(IPage page, Nomination n, bool withPdf)
    {
        await page.Locator($"#kind-{n.Kind}").CheckAsync();
        await page.Locator("#Input_CandidateName").FillAsync(n.CandidateName);
        await page.Locator("#Input_Title").FillAsync(n.Title);
        await page.Locator("#Input_Organisation").FillAsync(n.Organisation);
        await page.Locator("#Input_Municipality").FillAsync(n.Municipality);
        await page.Locator("#Input_PoliceDistrict").SelectOptionAsync(n.PoliceDistrict);
        await page.Locator("#Input_Description").FillAsync(n.Description);
        await page.Locator("#Input_DocumentedEffect").FillAsync(n.Effect);
        await page.Locator("#Input_Motivation").FillAsync(n.Motivation);
        await page.Locator("#Input_NominatorOrganisation").FillAsync(n.NominatorOrganisation);
        await page.Locator("#Input_NominatorName").FillAsync(n.NominatorName);
        await page.Locator("#Input_NominatorEmail").FillAsync(n.NominatorEmail);
        await page.Locator("#Input_NominatorPhone").FillAsync(n.NominatorPhone);
        await page.Locator("#Input_ConsentGiven").CheckAsync();
        if (withPdf)
            await page.Locator("#Input_Attachments").SetInputFilesAsync(new FilePayload
            {
                Name = "evaluering.pdf", MimeType = "application/pdf",
                Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%evaluering\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
            });
    }

    public static async Task ScreenEligibleAsync(IPage page, long id, string reason)
    {
        await page.GotoAsync($"/sekretariat/indstillinger/{id}");
        await page.Locator("#eligible-yes").CheckAsync();
        await page.Locator("#Reason").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem screening" }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
    }

    /// <summary>Gives each criterion on the open score sheet the given points (clicking the number, as a juror does).</summary>
    public static async Task ScoreAsync(IPage page, int year, long id, int points, string comment)
    {
        await page.GotoAsync($"/jury/{year}/bedoem/{id}");
        var criteria = page.Locator("form.score-sheet fieldset");
        var count = await criteria.CountAsync();
        count.ShouldBeGreaterThan(0);
        for (var i = 0; i < count; i++)
        {
            var radios = criteria.Nth(i).Locator("input[type=radio]");
            await radios.Nth(points - 1).CheckAsync();
        }
        await page.Locator("#Comment").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem bedømmelse" }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
    }

    public static async Task InviteJurorAsync(IPage page, string name, string email, string organisation, bool chair)
    {
        await page.Locator("#Invite_Name").FillAsync(name);
        await page.Locator("#Invite_Email").FillAsync(email);
        await page.Locator("#Invite_Organisation").FillAsync(organisation);
        if (chair) await page.Locator("#Invite_IsChair").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invitér", Exact = true }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
    }

    /// <summary>Reference → id, read from the links in the secretariat's list.</summary>
    public static async Task<Dictionary<string, long>> NominationIdsAsync(IPage page)
    {
        var links = page.Locator("table a[href^='/sekretariat/indstillinger/']");
        var result = new Dictionary<string, long>();
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            result[(await links.Nth(i).InnerTextAsync()).Trim()] = long.Parse(href!.Split('/').Last());
        }
        return result;
    }

    /// <summary>On the secretariat's ceremony page: venue, presenter and a programme of two items.</summary>
    public static async Task EnterCeremonyAsync(IPage page)
    {
        await page.Locator("#Form_Venue").FillAsync("Eigtveds Pakhus");
        await page.Locator("#Form_Address").FillAsync("Asiatisk Plads 2, 1448 København K");
        await page.Locator("#Form_Presenter").FillAsync("Justitsministeren");
        await page.Locator("#Form_Items_0__Time").FillAsync("14:00");
        await page.Locator("#Form_Items_0__Title").FillAsync("Velkomst");
        await page.Locator("#Form_Items_0__Speaker").FillAsync("Formanden for Det Kriminalpræventive Råd");
        await page.Locator("#Form_Items_1__Time").FillAsync("14:30");
        await page.Locator("#Form_Items_1__Title").FillAsync("Overrækkelse af prisen");
        await page.Locator("#Form_Items_1__Speaker").FillAsync("Justitsministeren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem prisoverrækkelsen" }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
    }
}
