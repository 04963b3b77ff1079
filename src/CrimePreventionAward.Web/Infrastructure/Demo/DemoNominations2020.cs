using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Infrastructure.Demo;

/// <summary>
/// The three real 2020 nominees (README, "Run": demo data), written straight into the table as submitted and screened eligible:
/// the 2020 edition is long past its deadline, so the form's commands would rightly refuse them.
/// </summary>
public static class DemoNominations2020
{
    private static readonly string Insert = $"""
        INSERT INTO Nominations (Year, Status, SequenceNo, Reference, EditTokenHash, {NominationWrites.FieldColumns}, {NominationWrites.KeyColumns}, Language,
            Eligibility, EligibilityReason, ShareReasonWithNominator, ScreenedBy, ScreenedAt, Version, CreatedAt, UpdatedAt, SubmittedAt)
        VALUES (2020, 'Submitted', @SequenceNo, @Reference, @EditTokenHash, {NominationWrites.FieldValues}, {NominationWrites.KeyValues}, @Language,
            'Eligible', @EligibilityReason, 0, 'DKR Sekretariatet (demo)', @ScreenedAt, 2, @SubmittedAt, @ScreenedAt, @SubmittedAt)
        """;

    public static async Task SeedAsync(Db db, CancellationToken ct)
    {
        var sequence = 0;
        foreach (var n in Nominations)
        {
            sequence++;
            await db.ExecuteAsync(Insert, NominationWrites.Args(n with { ConsentGiven = true }, new
            {
                SequenceNo = sequence, Reference = $"KP-2020-{sequence:D3}", EditTokenHash = NominationAccess.NewToken().Hash,
                Language = MailLanguage.Danish,
                EligibilityReason = "Opfylder kriterierne: et konkret kriminalpræventivt initiativ med dokumenteret effekt.",
                SubmittedAt = DanishTime.FromLocal(new DateTime(2019, 10, 20 + sequence, 14, 0, 0)),
                ScreenedAt = DanishTime.FromLocal(new DateTime(2019, 11, 12, 10, 0, 0)),
            }), ct);
        }
    }

    private static readonly NominationFields[] Nominations =
    [
        new()
        {
            CandidateKind = "Project", CandidateName = "Lommevending til Behandling", Title = "Lommevending til Behandling",
            Organisation = "Københavns Vestegns Politi og behandlingscentret Brydehuset", Municipality = "Ballerup",
            PoliceDistrict = "Københavns Vestegns Politi",
            Description = "Lokale politibetjente uddannes i at møde unge stofbrugere med en forstående tilgang og motivere dem til behandling i stedet for blot at vende deres lommer. Projektet er udviklet af Københavns Vestegns Politi sammen med behandlingscentret Brydehuset i Ballerup med projektleder Ditte Wesley.",
            DocumentedEffect = "Indtil nu er 22 betjente og civile forebyggelsesmedarbejdere uddannet, og flere unge er henvist direkte til behandling.",
            Partners = "Brydehuset, Ballerup Kommune",
            Motivation = "Projektet ændrer mødet mellem politi og unge stofbrugere fra kontrol til hjælp og giver de unge en vej ud af misbrug og kriminalitet.",
            NominatorOrganisation = "Københavns Vestegns Politi", NominatorName = "Ditte Wesley", NominatorRole = "Projektleder",
            NominatorEmail = "ditte.wesley@example.dk", NominatorPhone = "43861448",
        },
        new()
        {
            CandidateKind = "Project", CandidateName = "Hvem Styrer Orkesteret (HSO)", Title = "Hvem Styrer Orkesteret (HSO)",
            Organisation = "Vejle Kommune", Municipality = "Vejle", PoliceDistrict = "Sydøstjyllands Politi",
            Description = "Lærere, SSP-medarbejdere, pædagoger, sundhedsplejersker, klubmedarbejdere, ungdomskonsulenter, socialrådgivere og politi arbejder sammen om at forebygge kriminalitet. HSO er en uddannelse i SSP-teamet, der klæder fagfolk på til at forebygge mistrivsel, fravær og kriminalitet.",
            DocumentedEffect = "Fagfolk på tværs af sektorer deler viden tidligere og griber ind, før mistrivsel og fravær udvikler sig til kriminalitet.",
            Partners = "SSP Vejle, skoler, klubber og Sydøstjyllands Politi",
            Motivation = "Med Helle Midskov Brynaa i spidsen har HSO skabt et fælles sprog og en fælles indsats for alle, der arbejder med børn og unge i Vejle.",
            NominatorOrganisation = "Vejle Kommune", NominatorName = "Helle Midskov Brynaa", NominatorRole = "Projektleder, SSP",
            NominatorEmail = "ssp@example.dk", NominatorPhone = "76815000",
        },
        new()
        {
            CandidateKind = "Project", CandidateName = "SIKKER SHOPPING", Title = "SIKKER SHOPPING",
            Organisation = "e-mærket, støttet af TrygFonden", Municipality = "København", PoliceDistrict = "Københavns Politi",
            Description = "Røde advarselstrekanter markerer falske og mistænkelige webshops og styrer netkøbere væk fra dem. Et digitalt værktøj mod e-handelskriminalitet.",
            DocumentedEffect = "Forbrugere advares, før de handler i falske webshops, og svindlernes forretning bliver sværere.",
            Partners = "TrygFonden",
            Motivation = "SIKKER SHOPPING forebygger en hurtigt voksende form for kriminalitet dér, hvor den sker: på nettet.",
            NominatorOrganisation = "e-mærket", NominatorName = "e-mærket", NominatorRole = "Sekretariat",
            NominatorEmail = "info@example.dk", NominatorPhone = "33363636",
        },
    ];
}
