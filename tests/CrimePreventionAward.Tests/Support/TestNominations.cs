using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>Nominations and attachments straight into the database (the nominations slice has its own commands for this).</summary>
public static class TestNominations
{
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
        new Nomination(year)
        {
            Status = status, Eligibility = eligibility, CandidateName = $"Kandidat for {title}", Title = title, Organisation = organisation,
            Description = $"Beskrivelse af {title}.", DocumentedEffect = "Færre anholdelser og flere i behandling.",
            Motivation = "Et godt eksempel for andre kredse.", NominatorOrganisation = nominatorOrganisation,
            NominatorName = "Indstiller Testesen", NominatorEmail = "indstiller@test.dk",
        }.InsertAsync(app.Services);
}
