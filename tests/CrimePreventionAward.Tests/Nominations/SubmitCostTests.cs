using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>What a submit costs must not grow with the nominations already stored (issue 15); no timings asserted.</summary>
public sealed class SubmitCostTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private Task<string> PlanAsync(string sql, object args) => app.QueryPlanAsync(sql, args);

    [Fact]
    public async Task Next_reference_is_one_seek_in_the_reference_index_not_a_read_of_the_whole_edition()
    {
        var plan = await PlanAsync(SubmitNomination.NextSequence, new { Year = 2091 });

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
    public async Task An_earlier_nomination_is_found_by_seeks_in_the_folded_name_indexes_not_by_reading_earlier_years()
    {
        var plan = await PlanAsync(NominationWrites.PreviousYear, new { Year = 2091, CandidateName = "tryg by", Title = "tryg by" });

        plan.ShouldContain("INDEX IX_Nominations_CandidateNameKey");
        plan.ShouldContain("INDEX IX_Nominations_TitleKey");
        plan.ShouldNotContain("SCAN");
    }

    [Fact]
    public async Task The_anonymous_mail_limit_looks_only_at_the_recipients_newest_mail_in_its_own_index()
    {
        var plan = await PlanAsync($"{AnonymousMailLimit.NewestTo} LIMIT 1 OFFSET 4", new { ToAddressKey = "ditte@politi.test" });

        plan.ShouldContain("INDEX IX_MailOutbox_ToAddressKey (ToAddressKey=?)");
        plan.ShouldNotContain("TEMP B-TREE");
    }

    [Fact]
    public async Task A_candidate_renamed_after_submitting_is_found_next_year_whatever_the_case_of_its_Danish_letters()
    {
        await Editions.CreateOpenAsync(app, 2094);
        await Editions.CreateOpenAsync(app, 2095);
        var first = await app.SendAsSystem(Submit(2094, "Foreløbigt navn"));
        await app.SendAsSystem(new UpdateNomination.Command(Fields("ÆRØ ÅBNE GÅRDE")) { Id = first.Id, Token = first.EditToken, Version = 1 });

        var later = await SubmitOverApiAsync(app.Client(), 2095, Fields("Ærø åbne gårde"));
        var secretariat = app.Client();
        await secretariat.SignInAsync();
        var view = await secretariat.GetFromJsonAsync<JsonElement>($"/api/nominations/{later.GetProperty("id").GetInt64()}");

        view.GetProperty("previouslyNominatedYear").GetInt32().ShouldBe(2094);
    }

    [Fact]
    public async Task A_validator_is_built_once_not_for_every_request()
    {
        var first = await app.WithScope(sp => Task.FromResult(sp.GetServices<IValidator<SubmitNomination.Command>>().Single()));
        var second = await app.WithScope(sp => Task.FromResult(sp.GetServices<IValidator<SubmitNomination.Command>>().Single()));

        second.ShouldBeSameAs(first);
    }
}
