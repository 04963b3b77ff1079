using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Results;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Jury;

public sealed class VoteCallTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Juror_finds_the_ballot_from_the_jury_page_and_the_menu_while_the_vote_is_open()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, 2191, ("kald1@test.dk", false));
        var juror = await FinalVoteTests.JurorAsync(app, "kald1@test.dk");

        var jury = await juror.GetStringAsync("/jury/2191");
        jury.ShouldContain("<a class=\"button button-primary\" href=\"/jury/2191/afstemning\">Afgiv din stemme</a>");
        (await juror.GetStringAsync("/")).ShouldContain("<li><a href=\"/jury/2191/afstemning\">Afgiv din stemme</a></li>");
        (await juror.GetStringAsync("/jury/2191/afstemning")).ShouldContain("1 er dit førstevalg");

        (await juror.PutAsJsonAsync("/api/editions/2191/ballot", new { ranking = new[] { s.A, s.B, s.C } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var voted = await juror.GetStringAsync("/jury/2191");
        voted.ShouldContain("Du har stemt – du kan ændre din stemme indtil");
        voted.ShouldNotContain("Afgiv din stemme");
        (await juror.GetStringAsync("/")).ShouldContain("<li><a href=\"/jury/2191/afstemning\">Din stemme</a></li>");
    }

    [Fact]
    public async Task No_call_to_vote_while_the_jury_is_still_scoring()
    {
        var (_, juror) = await JuryKit.ScoringWithOneJurorAsync(app, 2192);
        (await juror.GetStringAsync("/jury/2192")).ShouldNotContain("/afstemning");
        (await juror.GetStringAsync("/")).ShouldNotContain("/afstemning");
    }
}
