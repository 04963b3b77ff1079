using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>Moves the clock, so it has its own app and database.</summary>
public sealed class DeadlineTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task After_the_deadline_the_form_is_closed_and_the_API_answers_409_but_the_link_still_shows_it()
    {
        var deadline = app.Clock.GetUtcNow().AddDays(2);
        await Editions.CreateOpenAsync(app, 2061, deadline);
        var created = await SubmitOverApiAsync(app.Client(), 2061);
        var id = created.GetProperty("id").GetInt64();
        var token = created.GetProperty("editToken").GetString()!;
        var link = $"/indstilling/{created.GetProperty("reference").GetString()}?token={Uri.EscapeDataString(token)}";

        var form = await app.Client().GetStringAsync("/indstil?aar=2061");
        form.ShouldContain("Fristen for indstillinger er");
        form.ShouldNotContain("id=\"countdown\"");

        app.Clock.Advance(TimeSpan.FromDays(1.5)); // 12 hours left
        (await app.Client().GetStringAsync("/indstil?aar=2061")).ShouldContain("Der er 12 timer og 0 minutter til fristen.");

        app.Clock.Advance(TimeSpan.FromDays(1)); // past the deadline
        var closed = await app.Client().GetStringAsync("/indstil?aar=2061");
        closed.ShouldContain("Der er lukket for indstillinger");
        closed.ShouldNotContain("Send indstillingen");

        var late = await app.Client().PostAsJsonAsync("/api/editions/2061/nominations", Fields());
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.ProblemAsync()).GetProperty("title").GetString()!.ShouldStartWith("Fristen for indstillinger til prisen 2061 udløb");

        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", token);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/nominations/{id}") { Content = JsonContent.Create(Fields()) };
        put.Headers.IfMatch.ParseAdd("\"1\"");
        (await nominator.SendAsync(put)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await nominator.PostAsync($"/api/nominations/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await nominator.PostAsync($"/api/nominations/{id}/attachments", Files(("a.pdf", Pdf())))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var view = await app.Client().GetStringAsync(link);
        view.ShouldContain("Fristen for indstillinger til prisen 2061 udløb");
        view.ShouldNotContain("Gem rettelser");

        // The private link expires at the ceremony: then it answers like an unknown reference.
        app.Clock.Advance(TimeSpan.FromDays(100));
        (await app.Client().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
