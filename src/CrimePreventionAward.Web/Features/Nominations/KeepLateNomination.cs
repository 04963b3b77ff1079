using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// What happens to a nomination sent after the deadline: nothing typed is lost. It is kept as a draft (a new one, or
/// the nominator's own draft updated), the draft link is mailed, and the secretariat decides whether to accept it late.
/// Only a late edition keeps drafts this way; while nominations are open the caller submits or saves as usual.
/// </summary>
public static class KeepLateNomination
{
    [Public]
    public sealed record Command : NominationFields, ICommand<Result>
    {
        public Command() { }
        public Command(NominationFields fields) : base(fields) { }

        public int Year { get; init; }
        public long? DraftId { get; init; }
        [Sensitive] public string? DraftToken { get; init; }
        public IReadOnlyList<Upload> Attachments { get; init; } = [];
    }

    /// <summary>Reason is the Danish "the deadline passed" sentence; SecretariatAddress is where to ask for late acceptance.</summary>
    public sealed record Result(long Id, [property: Sensitive] string Token, int Version, string Reason, string SecretariatAddress);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new FieldLimits());
    }

    private const string EditionWindow = "SELECT Phase, NominationDeadline, CeremonyAt FROM Editions WHERE Year = @Year";

    private sealed class Window
    {
        public Phase Phase { get; init; }
        public DateTimeOffset NominationDeadline { get; init; }
        public DateTimeOffset CeremonyAt { get; init; }
    }

    public sealed class Rule(Db db, TimeProvider clock) : IAuthorisationRule<Command>
    {
        public Task CheckAsync(Command c, CancellationToken ct) =>
            c.DraftId is null ? Task.CompletedTask : NominationAccess.RequireNominatorAsync(db, clock, c.DraftId, c.DraftToken, ct);
    }

    public sealed class Handler(Db db, TimeProvider clock, Outbox outbox, AnonymousMailLimit mailLimit, IOptions<MailSettings> mail)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var edition = await db.QuerySingleOrDefaultAsync<Window>(EditionWindow, new { c.Year }, ct)
                ?? throw new NotFoundException(NominationWording.Format(NominationWording.UnknownEdition, c.Year));
            var reason = NominationAccess.ClosedReason(c.Year, edition.Phase, edition.NominationDeadline, now);
            // Open: submit or save as usual. Not yet open, or past the ceremony (when private links end): nothing to keep.
            if (reason is null || !NominationAccess.IsLate(edition.Phase, edition.NominationDeadline, now) || now > edition.CeremonyAt)
                throw new ConflictException(reason ?? "Der er åbent for indstillinger: send indstillingen, eller gem den som kladde.");
            var fields = ((NominationFields)c).Cleaned();
            var (id, token, version) = c.DraftId is null ? await InsertAsync(c, fields, now, ct) : await UpdateAsync(c, fields, now, ct);
            var settings = mail.Value;
            if (fields.NominatorEmail is not null && await mailLimit.AllowsAsync(fields.NominatorEmail, ct))
                await outbox.EnqueueAsync(NominationMail.KeptLate(settings, c.Year, fields, id, token, edition.NominationDeadline, MailLanguage.Current(),
                    $"nomination:{id}:kept-late"), ct);
            return new Result(id, token, version, reason, settings.SecretariatAddress);
        }

        private async Task<(long, string, int)> InsertAsync(Command c, NominationFields fields, DateTimeOffset now, CancellationToken ct)
        {
            var (id, token) = await NominationWrites.InsertDraftAsync(db, c.Year, fields, c.Attachments, now, ct);
            return (id, token, 1);
        }

        private async Task<(long, string, int)> UpdateAsync(Command c, NominationFields fields, DateTimeOffset now, CancellationToken ct)
        {
            var key = await NominationAccess.LoadAsync(db, c.DraftId, null, ct);
            if (key.Status != NominationStatus.Draft || key.Year != c.Year)
                throw new ConflictException("Kladden er allerede sendt eller trukket tilbage.");
            await NominationWrites.UpdateDraftAsync(db, key.Id, key.Version, fields, c.Attachments, now, ct);
            return (key.Id, c.DraftToken!, key.Version + 1);
        }
    }
}
