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
        public Task<Result> Handle(Command c, CancellationToken ct) =>
            KeepAsync(new Keeper(db, clock, outbox, mailLimit, mail.Value), c.Year, c.DraftId, c.DraftToken, c, c.Attachments, ct);
    }

    /// <summary>What keeping a late nomination needs; <see cref="SubmitNomination"/> keeps a late send with the same.</summary>
    internal sealed record Keeper(Db Db, TimeProvider Clock, Outbox Outbox, AnonymousMailLimit MailLimit, MailSettings Mail);

    internal static async Task<Result> KeepAsync(Keeper k, int year, long? draftId, string? draftToken, NominationFields sent,
        IReadOnlyList<Upload> attachments, CancellationToken ct)
    {
        var now = k.Clock.GetUtcNow();
        var edition = await k.Db.QuerySingleOrDefaultAsync<Window>(EditionWindow, new { Year = year }, ct)
            ?? throw new NotFoundException(NominationWording.Format(NominationWording.UnknownEdition, year));
        var reason = NominationAccess.ClosedReason(year, edition.Phase, edition.NominationDeadline, now);
        // Open: submit or save as usual. Not yet open, or past the ceremony (when private links end): nothing to keep.
        if (reason is null || !NominationAccess.IsLate(edition.Phase, edition.NominationDeadline, now) || now > edition.CeremonyAt)
            throw new ConflictException(reason ?? "Der er åbent for indstillinger: send indstillingen, eller gem den som kladde.");
        var fields = sent.Cleaned();
        var (id, token, version) = draftId is null
            ? await InsertAsync(k.Db, year, fields, attachments, now, ct)
            : await UpdateAsync(k.Db, year, draftId, draftToken!, fields, attachments, now, ct);
        if (fields.NominatorEmail is not null && await k.MailLimit.AllowsAsync(fields.NominatorEmail, ct))
            await k.Outbox.EnqueueAsync(NominationMail.KeptLate(k.Mail, year, fields, id, token, edition.NominationDeadline, MailLanguage.Current(),
                $"nomination:{id}:kept-late"), ct);
        return new Result(id, token, version, reason, k.Mail.SecretariatAddress);
    }

    private static async Task<(long, string, int)> InsertAsync(Db db, int year, NominationFields fields, IReadOnlyList<Upload> attachments,
        DateTimeOffset now, CancellationToken ct)
    {
        var (id, token) = await NominationWrites.InsertDraftAsync(db, year, fields, attachments, now, ct);
        return (id, token, 1);
    }

    private static async Task<(long, string, int)> UpdateAsync(Db db, int year, long? draftId, string draftToken, NominationFields fields,
        IReadOnlyList<Upload> attachments, DateTimeOffset now, CancellationToken ct)
    {
        var key = await NominationAccess.LoadAsync(db, draftId, null, ct);
        if (key.Status != NominationStatus.Draft || key.Year != year)
            throw new ConflictException("Kladden er allerede sendt eller trukket tilbage.");
        await NominationWrites.UpdateDraftAsync(db, key.Id, key.Version, fields, attachments, now, ct);
        return (key.Id, draftToken, key.Version + 1);
    }
}
