using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>What a submit costs must not grow with the nominations already stored (issue 15); no timings asserted.</summary>
public sealed class SubmitCostTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Next_reference_is_one_seek_in_the_reference_index_not_a_read_of_the_whole_edition()
    {
        var plan = await app.WithScope(async sp => string.Join("\n",
            (await sp.GetRequiredService<Db>().QueryAsync<(long, long, long, string)>("EXPLAIN QUERY PLAN " + SubmitNomination.NextSequence,
                new { Year = 2091 })).Select(row => row.Item4)));

        plan.ShouldContain("COVERING INDEX UX_Nominations_Reference");
        plan.ShouldNotContain("IX_Nominations_Year");
    }

    [Fact]
    public async Task References_count_on_within_their_own_edition()
    {
        await Editions.CreateOpenAsync(app, 2092);
        await Editions.CreateOpenAsync(app, 2093);
        var client = app.Client();

        (await SubmitOverApiAsync(client, 2092)).GetProperty("reference").GetString().ShouldBe("KP-2092-001");
        (await SubmitOverApiAsync(client, 2092)).GetProperty("reference").GetString().ShouldBe("KP-2092-002");
        (await SubmitOverApiAsync(client, 2093)).GetProperty("reference").GetString().ShouldBe("KP-2093-001");
        (await SubmitOverApiAsync(client, 2092)).GetProperty("reference").GetString().ShouldBe("KP-2092-003");
    }

    [Fact]
    public async Task A_validator_is_built_once_not_for_every_request()
    {
        var first = await app.WithScope(sp => Task.FromResult(sp.GetServices<IValidator<SubmitNomination.Command>>().Single()));
        var second = await app.WithScope(sp => Task.FromResult(sp.GetServices<IValidator<SubmitNomination.Command>>().Single()));

        second.ShouldBeSameAs(first);
    }
}
