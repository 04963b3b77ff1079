using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Audit;
using CrimePreventionAward.Web.Infrastructure.Data;
using Personal = CrimePreventionAward.Web.Domain.NominationForm.Personal;

namespace CrimePreventionAward.Web.Features.Privacy;

/// <summary>
/// Where personal data lives, described once: erasure, retention and export are derived from these lists, so a new
/// personal column (an outbox column, say) is erased by adding it here. A nomination's columns come from the field
/// description (<see cref="NominationForm.Field.Personal"/>), so a new personal field is erased by flagging it there.
/// </summary>
public static class PersonalData
{
    public const string Marker = "[slettet]";

    /// <summary>Rows that belong to a person found by the e-mail in <paramref name="EmailColumn"/>.</summary>
    /// <param name="Unique">the e-mail column is unique, so each erased row gets its own marker</param>
    public sealed record Holder(string Kind, string Table, string EmailColumn, string[] NameColumns, string[] PhoneColumns,
        string[] PersonalColumns, bool Unique = false)
    {
        public IEnumerable<string> AllColumns => NameColumns.Concat(PhoneColumns).Append(EmailColumn).Concat(PersonalColumns).Distinct();
    }

    public static readonly Holder[] Holders =
    [
        .. NominationHolders(),
        new("jurors", "Jurors", "Email", ["Name"], [], []),
        new("users", "Users", "Email", ["Name"], [], [], Unique: true),
        new("guests", "Guests", "Email", ["Name"], [], [], Unique: true),
        new("mail", "MailOutbox", "ToAddress", ["ToName"], [], ["ToAddressKey", "Subject", "BodyText"]),
        new("signInAttempts", "SignInAttempts", "Email", [], [], []),
        new("nominationExtensions", "NominationExtensions", "NominatorEmail", [], [], []),
    ];

    /// <summary>Texts that may mention a person by name, e-mail or phone; each mention is replaced by the marker.</summary>
    /// <param name="SparePublic">the nomination's public texts, kept when it was shortlisted (see <see cref="PublicNominations"/>)</param>
    public sealed record Mention(string Table, string[] Columns, bool SparePublic = false, string Key = "Id");

    public static readonly Mention[] Mentions =
    [
        new("Nominations", NominationColumns(f => f.Personal == Personal.PublicText), SparePublic: true),
        new("Nominations", ["EligibilityReason", "ScreenedBy", .. NominationColumns(f => f.Personal is Personal.Name or Personal.Detail)]),
        new("NominationNotes", ["Text", "Author"]),
        new("Conflicts", ["Reason", "DeclaredBy"]),
        new("PhaseChanges", ["Reason", "ChangedBy"]),
        new("MailOutbox", ["ToName", "Subject", "BodyText"]),
        new("Guests", ["Organisation"]),
        new("Decisions", ["DecidedBy"], Key: "Year"),
        new("SupersededDecisions", ["DecidedBy", "ReopenedBy", "ReopenReason"]),
        new("NominationExtensions", ["Reason", "GrantedBy"]),
    ];

    /// <summary>Case-folded copies of personal texts, kept for indexed lookups; refolded from their source after an erasure.</summary>
    public static readonly (string Table, string Column, string Source)[] Folded =
    [
        ("Nominations", "CandidateNameKey", "CandidateName"), ("Nominations", "TitleKey", "Title"),
    ];

    /// <summary>A nomination's texts that hold or may hold personal data: its personal fields, the screening's reason, their folded copies.</summary>
    public static readonly string[] NominationTexts =
    [
        .. NominationColumns(f => f.Personal != Personal.None), "EligibilityReason",
        .. Folded.Where(f => f.Table == "Nominations").Select(f => f.Column),
    ];

    /// <summary>One holder per section of the form with an e-mail field: the nominator, the candidate's contact person.</summary>
    private static IEnumerable<Holder> NominationHolders() =>
        NominationForm.Fields.Where(f => f.Personal == Personal.Email).Select(email => new Holder($"nominationsAs{email.Section}",
            "Nominations", email.Column, NominationColumns(f => f.Section == email.Section && f.Personal == Personal.Name),
            NominationColumns(f => f.Section == email.Section && f.Personal == Personal.Phone),
            NominationColumns(f => f.Section == email.Section && f.Personal == Personal.Detail)));

    private static string[] NominationColumns(Func<NominationForm.Field, bool> which) =>
        NominationForm.Fields.Where(which).Select(f => f.Column).ToArray();

    /// <summary>The outbox columns that hold a message's personal contents once it is sent (the recipient stays for the record).</summary>
    public static readonly string[] SentMailContents = ["BodyText"];

    /// <summary>
    /// Erases one nomination's personal data (retention): its texts, its attachments' names and contents, its notes.
    /// The row, its reference, kind, district, scores and votes stay.
    /// </summary>
    public static async Task EraseNominationAsync(Db db, long id, DateTimeOffset now, CancellationToken ct)
    {
        var set = string.Join(", ", NominationTexts.Select(c => $"{c} = CASE WHEN {c} IS NULL THEN NULL ELSE @Marker END"));
        await db.ExecuteAsync($"UPDATE Nominations SET {set}, PersonalDataErasedAt = @Now WHERE Id = @Id", new { Id = id, Marker, Now = now }, ct);
        await db.ExecuteAsync("UPDATE NominationAttachments SET FileName = @Marker, Content = @Empty, SizeBytes = 0 WHERE NominationId = @Id",
            new { Id = id, Marker, Empty = Array.Empty<byte>() }, ct);
        await db.ExecuteAsync("UPDATE NominationNotes SET Text = @Marker WHERE NominationId = @Id", new { Id = id, Marker }, ct);
    }

    /// <summary>
    /// A shortlisted or winning nomination's public texts stay (the prize is public: a documented legal basis);
    /// its nominator's and contact's own fields are still erased.
    /// </summary>
    public const string PublicNominations = "SELECT NominationId FROM ShortlistEntries";

    /// <summary>The person's names and phone numbers as the rows holding their e-mail know them.</summary>
    public static async Task<Identity> FindAsync(Db db, string email, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var userIds = new List<long>();
        foreach (var h in Holders)
        {
            foreach (var column in h.NameColumns)
                names.UnionWith(await db.QueryAsync<string>($"SELECT DISTINCT {column} FROM {h.Table} WHERE LOWER({h.EmailColumn}) = @Email AND {column} IS NOT NULL", new { Email = email }, ct));
            foreach (var column in h.PhoneColumns)
                phones.UnionWith(await db.QueryAsync<string>($"SELECT DISTINCT {column} FROM {h.Table} WHERE LOWER({h.EmailColumn}) = @Email AND {column} IS NOT NULL", new { Email = email }, ct));
        }
        userIds.AddRange(await db.QueryAsync<long>("SELECT Id FROM Users WHERE LOWER(Email) = @Email", new { Email = email }, ct));
        names.RemoveWhere(n => n.Trim().Length < MinimumMention || n == Marker);
        phones.RemoveWhere(p => p.Trim().Length < MinimumMention || p == Marker);
        return new Identity(email, names.ToList(), phones.ToList(), userIds);
    }

    /// <summary>Shorter values ("Bo") would be replaced inside other words.</summary>
    private const int MinimumMention = 4;

    public sealed record Identity(string Email, IReadOnlyList<string> Names, IReadOnlyList<string> Phones, IReadOnlyList<long> UserIds)
    {
        public IEnumerable<string> Mentions => Names.Concat(Phones).Append(Email).Where(v => v.Length >= MinimumMention);
    }

    /// <summary>Replaces every mention of the person in the free texts; returns the number of rows changed.</summary>
    public static async Task<int> EraseMentionsAsync(Db db, Identity who, CancellationToken ct)
    {
        var changed = 0;
        foreach (var mention in Mentions)
        {
            var spare = mention.SparePublic ? $" AND Id NOT IN ({PublicNominations})" : "";
            foreach (var value in who.Mentions)
            foreach (var column in mention.Columns)
                changed += await db.ExecuteAsync(
                    $"UPDATE {mention.Table} SET {column} = REPLACE({column}, @Value, @Marker) WHERE {column} LIKE @Like{spare}",
                    new { Value = value, Marker, Like = $"%{value}%" }, ct);
        }
        foreach (var (table, column, source) in Folded)
            await db.ExecuteAsync($"UPDATE {table} SET {column} = LOWER({source}) WHERE {column} <> LOWER({source})", ct: ct);
        return changed;
    }

    /// <summary>Replaces the payload of every audit row the person acted in or is named in; the chain keeps its digests.</summary>
    public static async Task<int> EraseAuditAsync(Db db, Identity who, DateTimeOffset now, CancellationToken ct)
    {
        var ids = new HashSet<long>();
        foreach (var userId in who.UserIds)
            ids.UnionWith(await db.QueryAsync<long>("SELECT Id FROM AuditLog WHERE UserId = @UserId AND ErasedAt IS NULL", new { UserId = userId }, ct));
        foreach (var mention in who.Mentions)
            ids.UnionWith(await db.QueryAsync<long>("SELECT Id FROM AuditLog WHERE ErasedAt IS NULL AND (UserName = @Mention OR Data LIKE @Like)",
                new { Mention = mention, Like = $"%{mention}%" }, ct));
        foreach (var id in ids)
            await db.ExecuteAsync("UPDATE AuditLog SET UserName = @Name, Data = @Data, ErasedAt = @Now WHERE Id = @Id",
                new { Id = id, Name = AuditChain.ErasedName, Data = AuditChain.ErasedData, Now = now }, ct);
        return ids.Count;
    }
}
