using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>An attachment of a nomination the jury scores, for a juror who is not conflicted on it (or the secretariat).</summary>
public static class GetJuryAttachment
{
    [Authorise(Roles.Juror, Roles.Secretariat)]
    public sealed record Query(int Year, long AttachmentId) : IQuery<Result>;

    public sealed record Result(string FileName, string ContentType, byte[] Content);

    private const string NominationOf = "SELECT NominationId FROM NominationAttachments WHERE Id = @AttachmentId";

    private const string File = $"""
        SELECT a.FileName, a.ContentType, a.Content FROM NominationAttachments a JOIN Nominations n ON n.Id = a.NominationId
        WHERE a.Id = @AttachmentId AND n.Year = @Year AND {JuryBoard.Eligible}
        """;

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public async Task CheckAsync(Query q, CancellationToken ct)
        {
            if (user.IsInRole(Roles.Secretariat)) return;
            var jurorId = await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct);
            if (await db.QuerySingleOrDefaultAsync<long?>(NominationOf, new { q.AttachmentId }, ct) is { } nominationId)
                await ConflictRules.EnsureNotConflictedAsync(db, jurorId, nominationId, ct);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) =>
            await db.QuerySingleOrDefaultAsync<FileRow>(File, new { q.Year, q.AttachmentId }, ct) is { } f
                ? new Result(f.FileName, f.ContentType, f.Content)
                : throw new NotFoundException("Bilaget findes ikke blandt de indstillinger, juryen bedømmer.");
    }

    private sealed class FileRow
    {
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public byte[] Content { get; init; } = [];
    }
}
