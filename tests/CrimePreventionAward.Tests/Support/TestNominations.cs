using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>Nomination rows straight into the database (the nominations slice has its own commands for this).</summary>
public static class TestNominations
{
    private const string Insert = """
        INSERT INTO Nominations (Year, Status, SequenceNo, Reference, EditTokenHash, CandidateKind, CandidateName, Title, Organisation,
            Municipality, PoliceDistrict, Description, DocumentedEffect, Partners, Motivation, NominatorOrganisation, NominatorName,
            NominatorEmail, ConsentGiven, Eligibility, Version, CreatedAt, UpdatedAt, SubmittedAt)
        VALUES (@Year, @Status, @SequenceNo, @Reference, 'test-token-hash', 'Project', @CandidateName, @Title, @Organisation,
            'Ballerup', 'Københavns Vestegns Politi', @Description, 'Færre anholdelser og flere i behandling.', 'Brydehuset',
            'Et godt eksempel for andre kredse.', @NominatorOrganisation, 'Indstiller Testesen', 'indstiller@test.dk', 1, @Eligibility, 1,
            @Now, @Now, @Now)
        """;

    private const string InsertAttachment = """
        INSERT INTO NominationAttachments (NominationId, FileName, ContentType, SizeBytes, Sha256, Content, UploadedAt)
        VALUES (@NominationId, @FileName, 'text/plain', @Size, 'test', @Content, @Now)
        """;

    public static Task<long> AttachmentAsync(AwardFactory app, long nominationId, string fileName, string text) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().InsertAsync(InsertAttachment, new
        {
            NominationId = nominationId, FileName = fileName, Size = text.Length,
            Content = System.Text.Encoding.UTF8.GetBytes(text), Now = app.Clock.GetUtcNow(),
        }));

    public static Task<long> SubmittedAsync(AwardFactory app, int year, string title, string organisation = "Testforeningen",
        string nominatorOrganisation = "Testkredsen", string status = "Submitted", string? eligibility = "Eligible") =>
        app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<Db>();
            var next = await db.ScalarAsync<int>("SELECT COALESCE(MAX(SequenceNo), 0) + 1 FROM Nominations WHERE Year = @Year", new { Year = year });
            return await db.InsertAsync(Insert, new
            {
                Year = year, Status = status, SequenceNo = next, Reference = $"KP-{year}-{next:D3}", CandidateName = $"Kandidat for {title}",
                Title = title, Organisation = organisation, Description = $"Beskrivelse af {title}.", NominatorOrganisation = nominatorOrganisation,
                Eligibility = eligibility, Now = app.Clock.GetUtcNow(),
            });
        });
}
