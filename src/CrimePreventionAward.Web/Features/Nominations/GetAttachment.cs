using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>One attached file, for those who may read the nomination.</summary>
public static class GetAttachment
{
    [Public]
    public sealed record Query(long NominationId, long AttachmentId, [property: Sensitive] string? Token) : IQuery<File>;

    public sealed class File
    {
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public byte[] Content { get; init; } = [];
    }

    private const string Read = """
        SELECT FileName, ContentType, Content FROM NominationAttachments WHERE Id = @AttachmentId AND NominationId = @NominationId
        """;

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public Task CheckAsync(Query q, CancellationToken ct) =>
            NominationAccess.RequireAsync(db, user, clock, q.NominationId, null, q.Token, ct);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, File>
    {
        public async Task<File> Handle(Query q, CancellationToken ct) =>
            await db.QuerySingleOrDefaultAsync<File>(Read, q, ct) ?? throw new NotFoundException("Filen findes ikke.");
    }
}
