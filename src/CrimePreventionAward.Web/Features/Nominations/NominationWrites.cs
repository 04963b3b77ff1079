using System.Security.Cryptography;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>The SQL the nomination commands share: the form's columns, attachments and the "indstillet før" check.</summary>
internal static class NominationWrites
{
    // Built once from NominationForm.Fields; the names are the code's own identifiers, never input, so the SQL stays
    // parameterised. MigrationTests parses these with the constants.
    public static readonly string FieldColumns =
        string.Join(", ", NominationForm.Fields.Select(f => f.Column).Append("ConsentGiven").Append("ConsentVersion"));

    public static readonly string FieldValues =
        string.Join(", ", NominationForm.Fields.Select(f => "@" + f.Name).Append("@ConsentGiven").Append("@ConsentVersion"));

    /// <summary>Case-folded copies of candidate and title, so "indstillet før" is an index seek (issue 15).</summary>
    public const string KeyColumns = "CandidateNameKey, TitleKey";

    public const string KeyValues = "LOWER(@CandidateName), LOWER(@Title)";

    public const string SetKeys = "CandidateNameKey = LOWER(@CandidateName), TitleKey = LOWER(@Title)";

    public static readonly string SetFields = string.Join(", ", NominationForm.Fields.Select(f => $"{f.Column} = @{f.Name}")
        .Append("ConsentGiven = @ConsentGiven").Append("ConsentVersion = @ConsentVersion")
        .Append("PreviouslyNominatedYear = @PreviouslyNominatedYear").Append("Language = @Language"));

    public static readonly string InsertDraft = $"""
        INSERT INTO Nominations (Year, Status, EditTokenHash, {FieldColumns}, {KeyColumns}, Language, Version, CreatedAt, UpdatedAt)
        VALUES (@Year, @Status, @EditTokenHash, {FieldValues}, {KeyValues}, @Language, 1, @Now, @Now)
        """;

    /// <summary>Updates the form's fields; a stale version changes nothing (0 rows).</summary>
    public static readonly string UpdateFields = $"""
        UPDATE Nominations SET {SetFields}, {SetKeys}, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND Version = @Version AND Status = @Status
        """;

    internal const string PreviousYear = """
        SELECT MAX(Year) FROM Nominations
        WHERE Year < @Year AND Status = 'Submitted'
          AND (CandidateNameKey = @CandidateName OR TitleKey = @Title)
        """;

    private const string CountAttachments = "SELECT COUNT(*) FROM NominationAttachments WHERE NominationId = @Id";

    private const string InsertAttachment = """
        INSERT INTO NominationAttachments (NominationId, FileName, ContentType, SizeBytes, Sha256, Content, UploadedAt)
        VALUES (@NominationId, @FileName, @ContentType, @SizeBytes, @Sha256, @Content, @UploadedAt)
        """;

    /// <summary>Dapper parameters for the form's columns (and any extra values the statement needs).</summary>
    public static Dictionary<string, object?> Args(NominationFields f, object extra)
    {
        var args = NominationForm.Fields.ToDictionary(field => field.Name, object? (field) => f.Value(field.Name));
        args["ConsentGiven"] = f.ConsentGiven;
        args["ConsentVersion"] = f.ConsentGiven ? ConsentText.Version : null;
        // The nominator's own form is the only writer, so the language they use there is the one their mail speaks.
        args["Language"] = MailLanguage.Current();
        foreach (var p in extra.GetType().GetProperties()) args[p.Name] = p.GetValue(extra);
        return args;
    }

    /// <summary>The latest earlier edition with a submitted nomination of the same candidate or title (case-insensitive).</summary>
    public static Task<int?> PreviouslyNominatedAsync(Db db, int year, NominationFields f, CancellationToken ct) =>
        f.CandidateName is null && f.Title is null
            ? Task.FromResult<int?>(null)
            : db.ScalarAsync<int?>(PreviousYear, new
            {
                Year = year, CandidateName = f.CandidateName?.ToLowerInvariant(), Title = f.Title?.ToLowerInvariant(),
            }, ct);

    /// <summary>Stores a new draft with its attachments; returns its id and the nominator's private token.</summary>
    public static async Task<(long Id, string Token)> InsertDraftAsync(Db db, int year, NominationFields fields,
        IReadOnlyList<Upload> attachments, DateTimeOffset now, CancellationToken ct)
    {
        UploadRules.Check(attachments, 0, "Attachments");
        var (token, hash) = NominationAccess.NewToken();
        var id = await db.InsertAsync(InsertDraft, Args(fields, new
        {
            Year = year, Status = NominationStatus.Draft, EditTokenHash = hash, Now = now,
        }), ct);
        await AttachAsync(db, id, attachments, now, ct);
        return (id, token);
    }

    /// <summary>Replaces a draft's fields if it is still at <paramref name="version"/>, and adds attachments; 409 when stale.</summary>
    public static async Task UpdateDraftAsync(Db db, long id, int version, NominationFields fields,
        IReadOnlyList<Upload> attachments, DateTimeOffset now, CancellationToken ct)
    {
        UploadRules.Check(attachments, await CountAttachmentsAsync(db, id, ct), "Attachments");
        var rows = await db.ExecuteAsync(UpdateFields, Args(fields, new
        {
            Id = id, Version = version, Status = NominationStatus.Draft, PreviouslyNominatedYear = (int?)null, Now = now,
        }), ct);
        if (rows != 1) throw new ConflictException(UpdateNomination.StaleText);
        await AttachAsync(db, id, attachments, now, ct);
    }

    public static Task<int> CountAttachmentsAsync(Db db, long id, CancellationToken ct) => db.ScalarAsync<int>(CountAttachments, new { Id = id }, ct);

    public static async Task<IReadOnlyList<long>> AttachAsync(Db db, long nominationId, IReadOnlyList<Upload> uploads, DateTimeOffset now, CancellationToken ct)
    {
        var ids = new List<long>();
        foreach (var u in uploads)
        {
            var type = AttachmentType.Detect(u.Content)!;
            ids.Add(await db.InsertAsync(InsertAttachment, new
            {
                NominationId = nominationId, FileName = SafeName(u.FileName, type), ContentType = type,
                SizeBytes = (long)u.Content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(u.Content)),
                u.Content, UploadedAt = now,
            }, ct));
        }
        return ids;
    }

    /// <summary>Keeps the name the nominator knows, without folders or control characters, ending in the real type.</summary>
    private static string SafeName(string name, string type)
    {
        var clean = new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0) clean = "bilag";
        var extension = AttachmentType.Extension(type);
        var current = Path.GetExtension(clean).ToLowerInvariant();
        var matches = current == extension || (extension == ".jpg" && current == ".jpeg");
        return matches ? clean : clean + extension;
    }
}
