using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>A nomination's private link is checked by the slice's authorisation rule, before its input is looked at.</summary>
public sealed class NominationRuleTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Nominators_edit_with_a_wrong_token_is_refused_by_the_rule_before_anything_else()
    {
        await Editions.CreateOpenAsync(app, 2171);
        var created = await SubmitOverApiAsync(app.Client(), 2171);
        var id = created.GetProperty("id").GetInt64();
        var token = created.GetProperty("editToken").GetString()!;
        var edit = new UpdateNomination.Command(Fields() with { Title = "Ny titel" }) { Id = id, Token = token, Version = 1 };

        await app.WithScope(async sp =>
        {
            var rules = sp.GetServices<IAuthorisationRule<UpdateNomination.Command>>().ToList();
            rules.Count.ShouldBe(1);
            await rules[0].CheckAsync(edit, CancellationToken.None);
            (await Should.ThrowAsync<NotFoundException>(() => rules[0].CheckAsync(edit with { Token = token + "x" }, CancellationToken.None)))
                .Message.ShouldBe(NominationAccess.NotFoundText);
            return true;
        });

        // Empty required fields would fail validation; the wrong link is refused first, so it learns nothing about the nomination.
        var refused = await Should.ThrowAsync<NotFoundException>(() =>
            app.SendAsSystem(new UpdateNomination.Command(new NominationFields()) { Id = id, Token = "forkert", Version = 1 }));
        refused.Message.ShouldBe(NominationAccess.NotFoundText);
        (await app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<string>("SELECT Title FROM Nominations WHERE Id = @id", new { id })))
            .ShouldBe(Fields().Title);
    }
}
