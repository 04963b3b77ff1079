using System.Security.Cryptography;
using System.Text;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// Who may touch a nomination: the secretariat, or whoever holds its private link. A wrong or expired token answers
/// exactly like an unknown nomination, so the answer never tells whether a reference exists.
/// </summary>
public static class NominationAccess
{
    public const string NotFoundText = "Indstillingen findes ikke, eller linket er forkert eller udløbet.";

    private const string Columns = """
        SELECT n.Id, n.Year, n.Status, n.Reference, n.EditTokenHash, n.Version, e.Phase, e.NominationDeadline, e.CeremonyAt
        FROM Nominations n JOIN Editions e ON e.Year = n.Year
        """;

    private const string ById = Columns + " WHERE n.Id = @Id";
    private const string ByReference = Columns + " WHERE n.Reference = @Reference";

    private const string EditionWindow = "SELECT Phase, NominationDeadline FROM Editions WHERE Year = @Year";

    /// <summary>An extension still running for this nomination, or for its nominator's e-mail (given, or stored on it).</summary>
    private const string ActiveExtension = """
        SELECT COUNT(*) FROM NominationExtensions x
        WHERE x.Year = @Year AND x.Until >= @Now
          AND ((@Id IS NOT NULL AND x.NominationId = @Id)
            OR (x.NominatorEmail IS NOT NULL AND (x.NominatorEmail = @Email
                OR x.NominatorEmail = (SELECT LOWER(n.NominatorEmail) FROM Nominations n WHERE n.Id = @Id))))
        """;

    /// <summary>
    /// The check of a reading rule (<see cref="IAuthorisationRule{TRequest}"/>): the secretariat, or the holder of the
    /// private link.
    /// </summary>
    public static async Task RequireAsync(Db db, ICurrentUser user, TimeProvider clock,
        long? id, string? reference, string? token, CancellationToken ct)
    {
        var key = await LoadAsync(db, id, reference, ct);
        if (!user.IsInRole(Roles.Secretariat)) CheckToken(key, token, clock);
    }

    /// <summary>
    /// The check of the nominator's own changes (edit, draft, withdraw, attachments), run by their rules: they need
    /// the private link whoever is signed in, so a secretariat cookie alone, sent along by the browser, changes
    /// nothing in the nominator's name.
    /// </summary>
    public static async Task RequireNominatorAsync(Db db, TimeProvider clock, long? id, string? token, CancellationToken ct) =>
        CheckToken(await LoadAsync(db, id, null, ct), token, clock);

    /// <summary>The nomination a handler works on, by id or reference, once its rule has let the caller in.</summary>
    public static async Task<NominationKey> LoadAsync(Db db, long? id, string? reference, CancellationToken ct)
    {
        NominationKey? key = null;
        if (id is not null) key = await db.QuerySingleOrDefaultAsync<NominationKey>(ById, new { Id = id }, ct);
        else if (!string.IsNullOrWhiteSpace(reference))
            key = await db.QuerySingleOrDefaultAsync<NominationKey>(ByReference, new { Reference = reference.Trim().ToUpperInvariant() }, ct);
        return key ?? throw new NotFoundException(NotFoundText);
    }

    // The private link lives until the ceremony; after that the secretariat answers questions.
    private static void CheckToken(NominationKey key, string? token, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(token) || !TokenMatches(token, key.EditTokenHash) || clock.GetUtcNow() > key.CeremonyAt)
            throw new NotFoundException(NotFoundText);
    }

    /// <summary>Throws 409 unless the nominator may still change this nomination (the deadline, or their extension).</summary>
    public static async Task EnsureEditableAsync(Db db, NominationKey key, TimeProvider clock, CancellationToken ct)
    {
        if (key.Status == NominationStatus.Withdrawn) throw new ConflictException("Indstillingen er trukket tilbage og kan ikke ændres.");
        if (await ClosedReasonAsync(db, clock, key.Year, key.Phase, key.NominationDeadline, key.Id, null, ct) is { } reason)
            throw new ConflictException(reason);
    }

    /// <summary>Throws 409 unless a nomination may be started or submitted now, by the nominator with this e-mail (or draft).</summary>
    /// <returns>the edition's nomination deadline, so a caller need not read the edition again</returns>
    public static async Task<DateTimeOffset> EnsureOpenAsync(Db db, TimeProvider clock, int year, long? draftId, string? nominatorEmail, CancellationToken ct)
    {
        var (deadline, late) = await EnsureOpenOrLateAsync(db, clock, year, draftId, nominatorEmail, ct);
        return late is null ? deadline : throw new ConflictException(late);
    }

    /// <summary>
    /// As <see cref="EnsureOpenAsync"/>, but a send after the deadline is not refused: Late then holds the reason, so
    /// the caller can keep what was sent (<see cref="KeepLateNomination"/>). Not yet open is still refused (409).
    /// </summary>
    public static async Task<(DateTimeOffset Deadline, string? Late)> EnsureOpenOrLateAsync(Db db, TimeProvider clock, int year, long? draftId,
        string? nominatorEmail, CancellationToken ct)
    {
        var edition = await db.QuerySingleOrDefaultAsync<EditionWindowRow>(EditionWindow, new { Year = year }, ct)
            ?? throw new NotFoundException(NominationWording.Format(NominationWording.UnknownEdition, year));
        if (await ClosedReasonAsync(db, clock, year, edition.Phase, edition.NominationDeadline, draftId, nominatorEmail, ct) is not { } reason)
            return (edition.NominationDeadline, null);
        return IsLate(edition.Phase, edition.NominationDeadline, clock.GetUtcNow())
            ? (edition.NominationDeadline, reason)
            : throw new ConflictException(reason);
    }

    /// <summary>
    /// The one deadline rule for submitting and editing: open in the nomination phase until the deadline, and after it
    /// for a nominator the secretariat has given an extension (by nomination or e-mail) until its time, as long as
    /// the jury has not begun. Null when open.
    /// </summary>
    public static async Task<string?> ClosedReasonAsync(Db db, TimeProvider clock, int year, Phase phase, DateTimeOffset deadline,
        long? nominationId, string? nominatorEmail, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (ClosedReason(year, phase, deadline, now) is not { } reason) return null;
        if (phase < Phase.NominationOpen || phase > Phase.Screening) return reason;
        var extended = await db.ScalarAsync<int>(ActiveExtension, new
        {
            Year = year, Now = now, Id = nominationId, Email = nominatorEmail?.Trim().ToLowerInvariant(),
        }, ct);
        return extended > 0 ? null : reason;
    }

    /// <summary>The deadline alone, without extensions: what the public form says.</summary>
    public static string? ClosedReason(int year, Phase phase, DateTimeOffset deadline, DateTimeOffset now)
    {
        if (phase < Phase.NominationOpen) return NominationWording.Format(NominationWording.NotYetOpen, year);
        if (IsLate(phase, deadline, now))
            return NominationWording.Format(NominationWording.DeadlinePassed, year, DanishTime.Format(deadline));
        return null;
    }

    /// <summary>Nominations were open and are closed now: what is sent is late (and kept as a draft, not lost).</summary>
    public static bool IsLate(Phase phase, DateTimeOffset deadline, DateTimeOffset now) =>
        phase > Phase.NominationOpen || (phase == Phase.NominationOpen && now > deadline);

    public static (string Token, string Hash) NewToken()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool TokenMatches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class EditionWindowRow
    {
        public Phase Phase { get; init; }
        public DateTimeOffset NominationDeadline { get; init; }
    }
}
