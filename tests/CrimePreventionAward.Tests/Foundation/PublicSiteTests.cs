using System.Net;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class PublicSiteTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Landing_page_answers_in_Danish_and_names_the_prize()
    {
        await Editions.CreateOpenAsync(app, 2031);
        var response = await app.Client().GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"da\">");
        html.ShouldContain("Den Kriminalpræventive Pris");
        html.ShouldContain("Alle kan indstille en kandidat til prisen.");
    }

    [Fact]
    public async Task Landing_page_shows_deadlines_in_Danish_time()
    {
        // 15 January 2031 22:59 UTC is 23:59 in Copenhagen (winter time).
        await Editions.CreateOpenAsync(app, 2032, new DateTimeOffset(2032, 1, 15, 22, 59, 0, TimeSpan.Zero));
        var html = await app.Client().GetStringAsync("/");
        html.ShouldContain("15. januar 2032 kl. 23.59");
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await app.Client().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_document_lists_the_edition_endpoints()
    {
        var secretariat = app.Client(); // outside Development the document is the secretariat's
        await secretariat.SignInAsync();
        var json = await secretariat.GetStringAsync("/openapi/v1.json");
        json.ShouldContain("\"/api/editions\"");
        json.ShouldContain("\"/api/editions/{year}\"");
        json.ShouldContain("\"/api/editions/{year}/phase\"");
        json.ShouldContain("\"/api/auth/login\"");
    }

    [Fact]
    public async Task Layout_has_skip_link_and_design_system_stylesheet_that_is_served()
    {
        var client = app.Client();
        var html = await client.GetStringAsync("/");
        html.ShouldContain("class=\"skipnav\" href=\"#main-content\"");
        html.ShouldContain("/lib/dkfds/css/dkfds-virkdk.site.min.css"); // the design system without its font faces
        (await client.GetAsync("/lib/dkfds/css/dkfds-virkdk.site.min.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_page_gets_a_Danish_404_page_without_a_stack_trace()
    {
        var response = await app.Client().GetAsync("/findes-ikke");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Siden findes ikke");
        html.ShouldNotContain("   at ");
    }
}
