using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Privacy;

/// <summary>
/// Erases a person: their fields become the marker in every row that holds their e-mail, every mention of their name,
/// e-mail or phone in free texts becomes the marker, attachments they sent lose name and content, and audit rows
/// that name them lose their payload (the chain keeps the digests). Anonymous facts stay: rows, scores, votes.
/// </summary>
public static class ErasePerson
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(string Email) : ICommand<Result>;

    public sealed record Result(IReadOnlyDictionary<string, int> Erased);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Email).NotEmpty().EmailAddress().WithMessage("Skriv en gyldig e-mailadresse.");
    }

    private const string AttachmentsSent = """
        SELECT a.Id FROM NominationAttachments a JOIN Nominations n ON n.Id = a.NominationId
        WHERE LOWER(n.NominatorEmail) = @Email AND a.FileName <> @Marker
        """;

    private const string EraseAttachment = "UPDATE NominationAttachments SET FileName = @Marker, Content = @Empty, SizeBytes = 0 WHERE Id = @Id";

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var who = await PersonalData.FindAsync(db, c.Email.Trim().ToLowerInvariant(), ct);
            var erased = new Dictionary<string, int>();
            var attachments = (await db.QueryAsync<long>(AttachmentsSent, new { who.Email, PersonalData.Marker }, ct)).ToList();
            foreach (var id in attachments)
                await db.ExecuteAsync(EraseAttachment, new { Id = id, PersonalData.Marker, Empty = Array.Empty<byte>() }, ct);
            erased["attachments"] = attachments.Count;
            foreach (var holder in PersonalData.Holders)
                erased[holder.Kind] = await EraseRowsAsync(holder, who.Email, ct);
            erased["mentions"] = await PersonalData.EraseMentionsAsync(db, who, ct);
            erased["audit"] = await PersonalData.EraseAuditAsync(db, who, clock.GetUtcNow(), ct);
            return new Result(erased);
        }

        // Table and column names come from PersonalData's fixed lists, never from input.
        private async Task<int> EraseRowsAsync(PersonalData.Holder h, string email, CancellationToken ct)
        {
            var ids = (await db.QueryAsync<long>($"SELECT Id FROM {h.Table} WHERE LOWER({h.EmailColumn}) = @Email", new { Email = email }, ct)).ToList();
            var set = string.Join(", ", h.AllColumns.Select(column => $"{column} = @Marker"));
            foreach (var id in ids)
                await db.ExecuteAsync($"UPDATE {h.Table} SET {set} WHERE Id = @Id",
                    new { Id = id, Marker = h.Unique ? $"{PersonalData.Marker}{id}" : PersonalData.Marker }, ct);
            return ids.Count;
        }
    }
}
