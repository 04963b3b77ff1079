using System.Net;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class SectionProgressTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task The_form_shows_which_sections_are_complete_when_a_draft_is_resumed()
    {
        await Editions.CreateOpenAsync(app, 2091);
        var client = app.Client();
        var empty = await client.GetStringAsync("/indstil?aar=2091");
        empty.ShouldContain("0 af 9 påkrævede felter udfyldt");
        empty.ShouldContain("0 af 4 påkrævede felter udfyldt");

        // The nominator's own section filled in, the candidate's only begun; saved as a draft and opened again.
        var fields = Form(Fields());
        foreach (var key in fields.Keys.Where(k => !k.StartsWith("Input.Nominator") && k != "Input.CandidateName").ToList()) fields.Remove(key);
        fields["SubmissionKey"] = Hidden(empty, "SubmissionKey")!;
        var saved = await PostPageAsync(client, "/indstil?aar=2091", "/indstil?aar=2091&handler=Draft", fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var resumed = await client.GetStringAsync(saved.Headers.Location!.ToString());
        resumed.ShouldContain("1 af 9 påkrævede felter udfyldt");
        resumed.ShouldContain("Afsnittet er udfyldt");
    }
}
