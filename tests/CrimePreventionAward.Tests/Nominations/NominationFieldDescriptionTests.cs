using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>NominationForm.Fields is the one description of a nomination's fields; everything else follows it.</summary>
public sealed class NominationFieldDescriptionTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public void Every_text_property_of_the_form_is_described_exactly_once()
    {
        var properties = typeof(NominationFields).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name);
        NominationForm.Fields.Select(f => f.Name).ShouldBe(properties, ignoreOrder: true);
        NominationForm.Fields.Select(f => f.Column).Distinct().Count().ShouldBe(NominationForm.Fields.Count);
        NominationForm.Fields.ShouldAllBe(f => Regex.IsMatch(f.Column, "^[A-Z][A-Za-z]+$"));
    }

    [Fact]
    public async Task Every_described_field_is_a_column_of_the_nominations_table()
    {
        var columns = await app.WithScope(sp => sp.GetRequiredService<Db>()
            .QueryAsync<string>("SELECT name FROM pragma_table_info('Nominations')", new { }));
        NominationForm.Fields.Select(f => f.Column).ShouldBeSubsetOf(columns);
    }

    [Fact]
    public void The_jury_reads_only_the_fields_marked_for_it_and_never_the_nominators_contact_details()
    {
        var jury = NominationForm.Fields.Where(f => f.ToJury).Select(f => f.Name).ToList();
        jury.ShouldNotContain(nameof(NominationFields.NominatorName));
        jury.ShouldNotContain(nameof(NominationFields.NominatorEmail));
        jury.ShouldNotContain(nameof(NominationFields.NominatorPhone));
        jury.ShouldNotContain(nameof(NominationFields.CandidateContactEmail));
        NominationForm.Fields.Where(f => f.JuryLabel is not null).ShouldAllBe(f => f.ToJury);
        var shown = typeof(NominationText).GetProperties().Select(p => p.Name).ToList();
        jury.ShouldBeSubsetOf(shown);
        shown.Intersect(NominationForm.Fields.Where(f => !f.ToJury).Select(f => f.Name)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_test_nomination_written_from_the_description_reads_back_as_the_same_fields()
    {
        var year = 2191;
        await Editions.Build(year).CreateAsync(app);
        var written = new Nomination(year) { Partners = null, CandidateContactName = "Kontakt Testesen" };
        var id = await written.InsertAsync(app.Services);
        var read = await app.WithScope(sp => sp.GetRequiredService<Db>().QuerySingleOrDefaultAsync<NominationFields>(
            $"SELECT {NominationWrites.FieldColumns} FROM Nominations WHERE Id = @Id", new { Id = id }));
        read.ShouldBe(written.FieldsOnly());
    }

    /// <summary>The shape engineers typing the API schema read: JSON name, limit and required flag per field.</summary>
    [Fact]
    public void The_description_gives_each_fields_json_name_limit_and_whether_it_is_required()
    {
        var title = NominationForm.Fields.Single(f => f.Name == nameof(NominationFields.Title));
        (title.JsonName, title.MaxLength, title.Required).ShouldBe(("title", 200, true));
        var partners = NominationForm.Fields.Single(f => f.Name == nameof(NominationFields.Partners));
        (partners.JsonName, partners.MaxLength, partners.Required).ShouldBe(("partners", 2000, false));
    }
}
