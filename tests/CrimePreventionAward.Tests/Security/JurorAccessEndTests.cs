using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Security;

/// <summary>A juror's access ends with their edition. Its own class: the clock passes the ceremony.</summary>
public sealed class JurorAccessEndTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const int Year = 2199;

    [Fact]
    public async Task A_jurors_session_and_sign_in_links_end_with_the_ceremony_of_their_edition()
    {
        var nominations = await JuryKit.ScoringEditionAsync(app, Year, 2);
        await JuryKit.InviteAsync(app, Year, "Bo Ravn");
        await JuryKit.OpenScoringAsync(app, Year);
        var email = JuryKit.Email("Bo Ravn", Year);
        var ceremony = Editions.Build(Year).CeremonyAt;

        app.Clock.SetUtcNow(ceremony.AddHours(-1));
        (await app.Client().PostAsJsonAsync("/api/auth/link", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var juror = await JuryKit.SignedInAsync(app, email);
        (await juror.GetAsync($"/api/editions/{Year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await juror.GetAsync($"/api/nominations/{nominations[0]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await juror.GetAsync("/jury")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        app.Clock.SetUtcNow(ceremony.AddMinutes(1));

        (await juror.GetAsync($"/api/editions/{Year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync($"/api/nominations/{nominations[0]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync($"/api/editions/{Year}/my/scores/{nominations[0]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync($"/api/editions/{Year}/scores/{nominations[0]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await juror.GetAsync($"/jury/{Year}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await juror.GetAsync("/jury")).StatusCode.ShouldBe(HttpStatusCode.OK); // no edition left to go to

        var delivered = (await Mailbox.DeliveredToAsync(app, email)).Count;
        (await app.Client().PostAsJsonAsync("/api/auth/link", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Mailbox.DeliveredToAsync(app, email)).Count.ShouldBe(delivered);
    }
}
