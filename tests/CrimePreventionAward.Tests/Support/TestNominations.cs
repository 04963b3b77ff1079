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
}
