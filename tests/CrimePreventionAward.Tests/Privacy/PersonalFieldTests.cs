using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Privacy;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Personal = CrimePreventionAward.Web.Domain.NominationForm.Personal;

namespace CrimePreventionAward.Tests.Privacy;

/// <summary>A nomination field flagged personal in its description is erased and retained as such, and no other field is.</summary>
public sealed class PersonalFieldTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static IEnumerable<NominationForm.Field> Flagged => NominationForm.Fields.Where(f => f.Personal != Personal.None);

    private static IEnumerable<string> NominationColumns(IEnumerable<string> columns) =>
        columns.Intersect(NominationForm.Fields.Select(f => f.Column));

    [Fact]
    public void Every_field_flagged_personal_is_in_the_erasure_and_retention_lists_and_no_other_field_is()
    {
        var retained = NominationColumns(PersonalData.NominationTexts);
        var heldByPerson = NominationColumns(PersonalData.Holders.Where(h => h.Table == "Nominations").SelectMany(h => h.AllColumns));
        var mentioned = NominationColumns(PersonalData.Mentions.Where(m => m.Table == "Nominations").SelectMany(m => m.Columns));
        var sparedWhenPublic = NominationColumns(PersonalData.Mentions.Where(m => m.Table == "Nominations" && m.SparePublic).SelectMany(m => m.Columns));

        retained.ShouldBe(Flagged.Select(f => f.Column), ignoreOrder: true);
        heldByPerson.Union(mentioned).ShouldBe(Flagged.Select(f => f.Column), ignoreOrder: true);
        sparedWhenPublic.ShouldBe(Flagged.Where(f => f.Personal == Personal.PublicText).Select(f => f.Column), ignoreOrder: true);
        foreach (var email in Flagged.Where(f => f.Personal == Personal.Email))
        {
            var holder = PersonalData.Holders.Single(h => h.Table == "Nominations" && h.EmailColumn == email.Column);
            holder.AllColumns.ShouldBe(Flagged.Where(f => f.Section == email.Section && f.Personal != Personal.PublicText)
                .Select(f => f.Column), ignoreOrder: true);
        }
    }

    [Fact]
    public async Task Retention_erases_every_field_flagged_personal_and_keeps_every_other_field()
    {
        await Editions.Build(2181).CreateAsync(app);
        var id = await WithContactAsync(2181);
        var before = await FieldsAsync(id);

        await app.WithScope(async sp =>
        {
            await PersonalData.EraseNominationAsync(sp.GetRequiredService<Db>(), id, app.Clock.GetUtcNow(), CancellationToken.None);
            return 0;
        });

        var after = await FieldsAsync(id);
        foreach (var field in NominationForm.Fields)
            after[field.Column].ShouldBe(field.Personal == Personal.None ? before[field.Column] : PersonalData.Marker, field.Column);
    }

    [Fact]
    public async Task Erasing_a_person_erases_the_personal_fields_of_their_own_section_and_keeps_every_other_field()
    {
        await Editions.Build(2182).CreateAsync(app);
        var id = await WithContactAsync(2182);
        var before = await FieldsAsync(id);

        await app.SendAsSystem(new ErasePerson.Command(Nomination.Complete.NominatorEmail!));

        var after = await FieldsAsync(id);
        foreach (var field in NominationForm.Fields)
        {
            var erased = field.Section == NominationForm.Section.Nominator && field.Personal is not (Personal.None or Personal.PublicText);
            after[field.Column].ShouldBe(erased ? PersonalData.Marker : before[field.Column], field.Column);
        }
    }

    private Task<long> WithContactAsync(int year) => new Nomination(year)
    {
        CandidateContactName = "Karla Kontaktsen", CandidateContactEmail = "karla@kandidat.test", CandidateContactPhone = "+45 98 76 54 32",
    }.InsertAsync(app.Services);

    private async Task<IDictionary<string, object?>> FieldsAsync(long id)
    {
        var rows = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<dynamic>(
            $"SELECT {NominationWrites.FieldColumns} FROM Nominations WHERE Id = @Id", new { Id = id }));
        var row = (IDictionary<string, object?>)rows.Single();
        NominationForm.Fields.ShouldAllBe(f => row[f.Column] != null);
        return row;
    }
}
