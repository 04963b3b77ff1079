using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.BrowserTests;

/// <summary>WCAG 2.1.1: the nomination form is completed and sent with Tab, typing, Space, arrows and Enter only.</summary>
public sealed class KeyboardOnlyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly Dictionary<string, string> Typed = new()
    {
        ["Input_CandidateName"] = "Tryg i Nattelivet",
        ["Input_Title"] = "Nattevandring og dørmænd i samarbejde",
        ["Input_Organisation"] = "Aarhus Kommune",
        ["Input_Municipality"] = "Aarhus",
        ["Input_Description"] = "Frivillige nattevandrere, dørmænd og politi arbejder sammen i nattelivet.",
        ["Input_DocumentedEffect"] = "Færre voldsepisoder i midtbyen.",
        ["Input_Motivation"] = "Et bredt samarbejde, der virker.",
        ["Input_NominatorOrganisation"] = "Østjyllands Politi",
        ["Input_NominatorName"] = "Karin Kofoed",
        ["Input_NominatorEmail"] = "karin@politi.test",
        ["Input_NominatorPhone"] = "87311448",
    };

    [Fact]
    public async Task Nomination_form_is_completed_and_submitted_with_the_keyboard_alone()
    {
        await Editions.Build(2027).InPhase(Phase.NominationOpen).CreateAsync(server);

        var page = await server.NewPageAsync();
        await page.GotoAsync("/indstil?aar=2027");
        var visited = new List<string>();
        var submitted = false;
        for (var step = 0; step < 120 && !submitted; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var id = await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()");
            visited.Add(id);
            if (Typed.TryGetValue(id, out var text)) await page.Keyboard.TypeAsync(text);
            else if (id == "kind-Project" || (id.StartsWith("kind-") && !await page.IsCheckedAsync("#" + id))) await page.Keyboard.PressAsync("Space");
            else if (id == "Input_PoliceDistrict") await page.Keyboard.PressAsync("ArrowDown");
            else if (id == "Input_ConsentGiven") await page.Keyboard.PressAsync("Space");
            else if (id == "Send indstillingen")
            {
                await page.Keyboard.PressAsync("Enter");
                submitted = true;
            }
        }

        submitted.ShouldBeTrue($"Tab never reached the send button; focus went: {string.Join(" → ", visited)}");
        await page.ArriveAtAsync("**/indstil/kvittering", TimeSpan.FromSeconds(90)); // a loaded CI machine is slow, not wrong
        (await page.Locator("#reference").InnerTextAsync()).ShouldBe("KP-2027-001");
    }
}
