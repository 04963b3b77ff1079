using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// One nomination for the secretariat or its nominator (by id or reference, with the private link's token). The
/// nominator sees the screening reason only when the secretariat chose to share it; notes are the secretariat's own.
/// </summary>
public static class GetNomination
{
    [Public]
    public sealed record Query(long? Id, string? Reference, [property: Sensitive] string? Token) : IQuery<NominationView>;

    private static readonly string Read = $"SELECT {NominationView.Columns} FROM Nominations n JOIN Editions e ON e.Year = n.Year WHERE n.Id = @Id";

    private const string Attachments = """
        SELECT Id, FileName, ContentType, SizeBytes, Sha256, UploadedAt FROM NominationAttachments WHERE NominationId = @Id ORDER BY Id
        """;

    private const string Notes = "SELECT Id, Text, Author, CreatedAt FROM NominationNotes WHERE NominationId = @Id ORDER BY Id";

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public Task CheckAsync(Query q, CancellationToken ct) =>
            NominationAccess.RequireAsync(db, user, clock, q.Id, q.Reference, q.Token, ct);
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, NominationView>
    {
        public Task<NominationView> Handle(Query q, CancellationToken ct) => LoadAsync(db, user, clock, q.Id, q.Reference, ct);
    }

    /// <summary>The nomination as the secretariat or its nominator reads it, once a rule has let the caller in.</summary>
    internal static async Task<NominationView> LoadAsync(Db db, ICurrentUser user, TimeProvider clock, long? id, string? reference, CancellationToken ct)
    {
        var key = await NominationAccess.LoadAsync(db, id, reference, ct);
        var view = (await db.QuerySingleOrDefaultAsync<NominationView>(Read, new { key.Id }, ct))!;
        var secretariat = user.IsInRole(Roles.Secretariat);
        return view with
        {
            Attachments = (await db.QueryAsync<AttachmentInfo>(Attachments, new { key.Id }, ct)).ToList(),
            Notes = secretariat ? (await db.QueryAsync<NoteView>(Notes, new { key.Id }, ct)).ToList() : [],
            EligibilityReason = secretariat || view.ShareReasonWithNominator ? view.EligibilityReason : null,
            Eligibility = secretariat || view.ShareReasonWithNominator ? view.Eligibility : null,
            PreviouslyNominatedYear = secretariat ? view.PreviouslyNominatedYear : null,
            ScreenedBy = secretariat ? view.ScreenedBy : null,
            ClosedReason = view.Status == NominationStatus.Withdrawn ? "Indstillingen er trukket tilbage."
                : await NominationAccess.ClosedReasonAsync(db, clock, view.Year, key.Phase, key.NominationDeadline, key.Id, null, ct),
        };
    }
}
