using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>Adds files to a nomination until the deadline: at most five, 10 MB each, PDF/Word/JPEG/PNG by content.</summary>
public static class AddAttachment
{
    [Public]
    [KeepsPublicPages]
    public sealed record Command(long Id, [property: Sensitive] string? Token, IReadOnlyList<Upload> Files) : ICommand<Result>;

    public sealed record Result(IReadOnlyList<long> AttachmentIds);

    public sealed class Rule(Db db, TimeProvider clock) : IAuthorisationRule<Command>
    {
        public Task CheckAsync(Command c, CancellationToken ct) =>
            NominationAccess.RequireNominatorAsync(db, clock, c.Id, c.Token, ct);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var key = await NominationAccess.LoadAsync(db, c.Id, null, ct);
            await NominationAccess.EnsureEditableAsync(db, key, clock, ct);
            if (c.Files.Count == 0)
                throw Infrastructure.FieldErrorsException.For(nameof(c.Files), "Vælg en fil at vedhæfte.");
            UploadRules.Check(c.Files, await NominationWrites.CountAttachmentsAsync(db, key.Id, ct), nameof(c.Files));
            return new Result(await NominationWrites.AttachAsync(db, key.Id, c.Files, clock.GetUtcNow(), ct));
        }
    }
}
