using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Results.CachedPublicPages;

namespace CrimePreventionAward.Tests.Results;

public sealed class PublicPageCacheCeremonyTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Winner_stays_secret_on_the_cached_pages_when_the_ceremony_moves_later_after_they_were_cached()
    {
        await DecidedAsync(app, 2082);
        app.Clock.SetUtcNow(CeremonyAt.AddMinutes(-10));
        await FetchCachedAsync(app, Pages(2082));
        var secretariat = app.Client();
        await secretariat.SignInAsync();
        var later = CeremonyAt.AddDays(7);
        (await secretariat.PutAsJsonAsync("/api/editions/2082/ceremony", new
        {
            startsAt = later, venue = "Eigtveds Pakhus", address = "Asiatisk Plads 2, København", presenter = "Justitsministeren",
            prizeAmountDkk = 50_000, version = 0, programme = Array.Empty<object>(),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.SetUtcNow(CeremonyAt.AddMinutes(1));
        foreach (var (path, html) in await FetchCachedAsync(app, Pages(2082))) NamesTheWinner(path, html, 2082).ShouldBeFalse(path);

        app.Clock.SetUtcNow(later);
        foreach (var path in Pages(2082))
            NamesTheWinner(path, await app.Client().GetStringAsync(path), 2082).ShouldBeTrue(path);
    }
}
