using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Mail;

public sealed class NominatorMailTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task The_nominator_is_told_the_screening_outcome_with_the_reason_only_when_it_is_shared()
    {
        await Editions.CreateOpenAsync(app, 2142);
        var fields = Fields() with { NominatorEmail = "screenet@politi.test" };
        var id = (await SubmitOverApiAsync(app.Client(), 2142, fields)).GetProperty("id").GetInt64();
        var secretariat = app.Client();
        await secretariat.SignInAsync();

        (await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening",
            new { eligible = false, reason = "Intern note om sagen" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await Mailbox.LatestToAsync(app, "screenet@politi.test");
        refused.ShouldStartWith("Kære Ditte Wesley");
        refused.ShouldContain("opfylder desværre ikke betingelserne");
        refused.ShouldNotContain("Intern note");
        refused.ShouldContain("Venlig hilsen");

        (await secretariat.PostAsJsonAsync($"/api/nominations/{id}/screening",
            new { eligible = true, reason = "Opfylder alle kriterier", shareReasonWithNominator = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mails = await Mailbox.DeliveredToAsync(app, "screenet@politi.test");
        mails.Count(m => m.Contains("Sekretariatet har gennemgået")).ShouldBe(2);
        mails[0].ShouldContain("opfylder betingelserne og går videre");
        mails[0].ShouldContain("Begrundelse:");
        mails[0].ShouldContain("Opfylder alle kriterier");
    }
}
