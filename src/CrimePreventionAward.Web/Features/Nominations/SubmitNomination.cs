using System.Data.Common;
using System.Text.Json.Serialization;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// Submits a nomination (new, or a saved draft): gives it the edition's next reference and mails the receipt with the
/// private link. The same SubmissionKey posted twice with the same content gives the first nomination back instead of
/// a second one; the key reused for another edition or other content is refused (409), never answered as a creation.
/// </summary>
public static class SubmitNomination
{
    [Public]
    [KeepsPublicPages]
    public sealed record Command : NominationFields, ICommand<Result>
    {
        public Command() { }
        public Command(NominationFields fields) : base(fields) { }

        public int Year { get; init; }
        public Guid SubmissionKey { get; init; }
        public long? DraftId { get; init; }
        [Sensitive] public string? DraftToken { get; init; }
        public IReadOnlyList<Upload> Attachments { get; init; } = [];
    }

    /// <summary>
    /// EditToken is null when the submission was a repeat: the token was only ever shown (and mailed) once. A send after
    /// the deadline is no nomination: it is kept as a draft (KeptLate; the reference then empty), so nothing typed is lost.
    /// </summary>
    public sealed record Result(long Id, [property: AuditValue] string Reference, [property: Sensitive] string? EditToken)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public KeepLateNomination.Result? KeptLate { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new RequiredFields());
            RuleFor(c => c.SubmissionKey).NotEmpty().WithMessage("Formularen mangler sin nøgle. Genindlæs siden.");
        }
    }

    private const string BySubmissionKey = "SELECT Id, Reference, Year FROM Nominations WHERE SubmissionKey = @SubmissionKey";

    private static readonly string StoredFields = $"SELECT {NominationWrites.FieldColumns} FROM Nominations WHERE Id = @Id";

    // MAX alone in a subquery, with the partial index's own condition, is one seek in UX_Nominations_Reference; the
    // plain COALESCE(MAX(...)) read every nomination of the edition, so each submit got slower as the year filled up.
    internal const string NextSequence = """
        SELECT COALESCE((SELECT MAX(SequenceNo) FROM Nominations WHERE Year = @Year AND SequenceNo IS NOT NULL), 0) + 1
        """;

    private static readonly string InsertSubmitted = $"""
        INSERT INTO Nominations (Year, Status, SequenceNo, Reference, SubmissionKey, EditTokenHash, {NominationWrites.FieldColumns},
            {NominationWrites.KeyColumns}, PreviouslyNominatedYear, Language, Version, CreatedAt, UpdatedAt, SubmittedAt)
        VALUES (@Year, 'Submitted', @SequenceNo, @Reference, @SubmissionKey, @EditTokenHash, {NominationWrites.FieldValues},
            {NominationWrites.KeyValues}, @PreviouslyNominatedYear, @Language, 1, @Now, @Now, @Now)
        """;

    private static readonly string SubmitDraft = $"""
        UPDATE Nominations SET Status = 'Submitted', SequenceNo = @SequenceNo, Reference = @Reference,
            SubmissionKey = @SubmissionKey, {NominationWrites.SetFields}, {NominationWrites.SetKeys}, Version = Version + 1, UpdatedAt = @Now, SubmittedAt = @Now
        WHERE Id = @Id AND Status = 'Draft'
        """;

    private sealed class Existing
    {
        public long Id { get; init; }
        public string? Reference { get; init; }
        public int Year { get; init; }
    }

    public sealed class Rule(Db db, TimeProvider clock) : IAuthorisationRule<Command>
    {
        public Task CheckAsync(Command c, CancellationToken ct) =>
            c.DraftId is null ? Task.CompletedTask : NominationAccess.RequireNominatorAsync(db, clock, c.DraftId, c.DraftToken, ct);
    }

    public sealed class Handler(Db db, TimeProvider clock, Outbox outbox, AnonymousMailLimit mailLimit, IOptions<MailSettings> mail)
        : IRequestHandler<Command, Result>
    {
        private const int Attempts = 5;

        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var key = c.SubmissionKey.ToString("N");
            var fields = ((NominationFields)c).Cleaned().FieldsOnly();
            if (await RepeatOf(key, c.Year, fields, ct) is { } repeat) return repeat;
            var (deadline, late) = await NominationAccess.EnsureOpenOrLateAsync(db, clock, c.Year, c.DraftId, fields.NominatorEmail, ct);
            if (late is not null)
            {
                var kept = await KeepLateNomination.KeepAsync(new KeepLateNomination.Keeper(db, clock, outbox, mailLimit, mail.Value),
                    c.Year, c.DraftId, c.DraftToken, fields, c.Attachments, ct);
                return new Result(kept.Id, "", null) { KeptLate = kept };
            }
            NominationKey? draft = null;
            if (c.DraftId is not null)
            {
                draft = await NominationAccess.LoadAsync(db, c.DraftId, null, ct);
                if (draft.Status != NominationStatus.Draft || draft.Year != c.Year)
                    throw new ConflictException("Kladden er allerede sendt eller trukket tilbage.");
            }
            UploadRules.Check(c.Attachments, draft is null ? 0 : await NominationWrites.CountAttachmentsAsync(db, draft.Id, ct), nameof(c.Attachments));
            var token = draft is null ? NominationAccess.NewToken() : (c.DraftToken!, draft.EditTokenHash);
            var previous = await NominationWrites.PreviouslyNominatedAsync(db, c.Year, fields, ct);
            var now = clock.GetUtcNow();
            for (var attempt = 1; ; attempt++)
            {
                var sequence = await db.ScalarAsync<int>(NextSequence, new { c.Year }, ct);
                var reference = $"KP-{c.Year}-{sequence:D3}";
                var args = NominationWrites.Args(fields, new
                {
                    c.Year, SequenceNo = sequence, Reference = reference, SubmissionKey = key, EditTokenHash = token.Item2,
                    PreviouslyNominatedYear = previous, Now = now, Id = draft?.Id ?? 0,
                });
                try
                {
                    long id;
                    if (draft is null) id = await db.InsertAsync(InsertSubmitted, args, ct);
                    else if (await db.ExecuteAsync(SubmitDraft, args, ct) == 1) id = draft.Id;
                    else throw new ConflictException("Kladden er allerede sendt eller trukket tilbage.");
                    await NominationWrites.AttachAsync(db, id, c.Attachments, now, ct);
                    if (await mailLimit.AllowsAsync(fields.NominatorEmail!, ct))
                        await outbox.EnqueueAsync(NominationMail.Confirmation(mail.Value, c.Year, fields, reference, token.Item1, deadline,
                            MailLanguage.Current(), $"nomination:{id}:submitted"), ct);
                    return new Result(id, reference, token.Item1);
                }
                // Two instances on SQL Server may pick the same number (or the same key) at once: the unique indexes
                // refuse the second, which then looks again. SQLite's write gate makes this path unused there.
                catch (DbException e) when (UniqueViolation.Is(e) && attempt < Attempts)
                {
                    if (await RepeatOf(key, c.Year, fields, ct) is { } raced) return raced;
                }
            }
        }

        private async Task<Result?> RepeatOf(string key, int year, NominationFields fields, CancellationToken ct)
        {
            if (await db.QuerySingleOrDefaultAsync<Existing>(BySubmissionKey, new { SubmissionKey = key }, ct) is not { Reference: { } reference } existing)
                return null;
            var stored = await db.QuerySingleOrDefaultAsync<NominationFields>(StoredFields, new { existing.Id }, ct);
            if (existing.Year != year || stored != fields)
                throw new ConflictException("Formularens nøgle er allerede brugt til en anden indstilling. Genindlæs formularen, og send igen.");
            return new Result(existing.Id, reference, null);
        }
    }
}
