using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>Creates or updates a draft; nothing is required yet. The draft link is mailed once, when an e-mail is known.</summary>
public static class SaveDraft
{
    [Public]
    [KeepsPublicPages]
    public sealed record Command : NominationFields, ICommand<Result>
    {
        public Command() { }
        public Command(NominationFields fields) : base(fields) { }

        public int Year { get; init; }
        public long? Id { get; init; }
        [Sensitive] public string? Token { get; init; }
        public int? Version { get; init; }
        public IReadOnlyList<Upload> Attachments { get; init; } = [];
    }

    public sealed record Result(long Id, [property: Sensitive] string Token, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new FieldLimits());
    }

    public sealed class Rule(Db db, TimeProvider clock) : IAuthorisationRule<Command>
    {
        public Task CheckAsync(Command c, CancellationToken ct) =>
            c.Id is null ? Task.CompletedTask : NominationAccess.RequireNominatorAsync(db, clock, c.Id, c.Token, ct);
    }

    public sealed class Handler(Db db, TimeProvider clock, Outbox outbox, AnonymousMailLimit mailLimit, IOptions<MailSettings> mail)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var fields = ((NominationFields)c).Cleaned();
            var now = clock.GetUtcNow();
            long id;
            string token;
            int version;
            DateTimeOffset deadline;
            if (c.Id is null)
            {
                deadline = await NominationAccess.EnsureOpenAsync(db, clock, c.Year, null, fields.NominatorEmail, ct);
                (id, token) = await NominationWrites.InsertDraftAsync(db, c.Year, fields, c.Attachments, now, ct);
                version = 1;
            }
            else
            {
                var key = await NominationAccess.LoadAsync(db, c.Id, null, ct);
                if (key.Status != NominationStatus.Draft)
                    throw new ConflictException("Indstillingen er allerede sendt. Ret den via linket i din kvittering.");
                await NominationAccess.EnsureEditableAsync(db, key, clock, ct);
                var expected = c.Version ?? key.Version;
                await NominationWrites.UpdateDraftAsync(db, key.Id, expected, fields, c.Attachments, now, ct);
                (id, token, version, deadline) = (key.Id, c.Token!, expected + 1, key.NominationDeadline);
            }
            if (fields.NominatorEmail is not null && await mailLimit.AllowsAsync(fields.NominatorEmail, ct))
                await outbox.EnqueueAsync(NominationMail.DraftSaved(mail.Value, c.Year, fields, id, token, deadline, MailLanguage.Current(),
                    $"nomination:{id}:draft-link"), ct);
            return new Result(id, token, version);
        }
    }
}
