using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Results.CachedPublicPages;

namespace CrimePreventionAward.Tests.Results;

/// <summary>The cached public pages follow the app's clock: no request, job or command clears anything here.</summary>
public sealed class PublicPageCacheInstantTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Winner_is_not_on_the_cached_pages_one_tick_before_the_instant_and_is_there_right_after_it()
    {
        await DecidedAsync(app, 2081);
        app.Clock.SetUtcNow(CeremonyAt.AddMinutes(-10));
        foreach (var (path, html) in await FetchCachedAsync(app, Pages(2081))) NamesTheWinner(path, html, 2081).ShouldBeFalse(path);

        app.Clock.SetUtcNow(CeremonyAt.AddTicks(-1));
        foreach (var (path, html) in await FetchCachedAsync(app, Pages(2081))) NamesTheWinner(path, html, 2081).ShouldBeFalse(path);

        app.Clock.SetUtcNow(CeremonyAt);
        foreach (var path in Pages(2081))
            NamesTheWinner(path, await app.Client().GetStringAsync(path), 2081).ShouldBeTrue(path);
    }
}
