using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>The secretariat's list of an edition's nominations, filtered by status, candidate kind and police district.</summary>
public static class ListNominations
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year, string? Status = null, string? Kind = null, string? PoliceDistrict = null)
        : IQuery<IReadOnlyList<Row>>;

    public sealed class Row
    {
        public long Id { get; init; }
        public int Year { get; init; }
        public string Status { get; init; } = "";
        public string? Reference { get; init; }
        public string? CandidateKind { get; init; }
        public string? CandidateName { get; init; }
        public string? Title { get; init; }
        public string? Organisation { get; init; }
        public string? PoliceDistrict { get; init; }
        public string? NominatorOrganisation { get; init; }
        public int? PreviouslyNominatedYear { get; init; }
        public string? Eligibility { get; init; }
        public DateTimeOffset? SubmittedAt { get; init; }
        public int AttachmentCount { get; init; }
    }

    private const string Select = """
        SELECT n.Id, n.Year, n.Status, n.Reference, n.CandidateKind, n.CandidateName, n.Title, n.Organisation,
               n.PoliceDistrict, n.NominatorOrganisation, n.PreviouslyNominatedYear, n.Eligibility, n.SubmittedAt,
               (SELECT COUNT(*) FROM NominationAttachments a WHERE a.NominationId = n.Id) AS AttachmentCount
        FROM Nominations n
        WHERE n.Year = @Year
          AND (@Status IS NULL OR n.Status = @Status)
          AND (@Kind IS NULL OR n.CandidateKind = @Kind)
          AND (@PoliceDistrict IS NULL OR n.PoliceDistrict = @PoliceDistrict)
        ORDER BY CASE WHEN n.SequenceNo IS NULL THEN 1 ELSE 0 END, n.SequenceNo, n.Id
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query q, CancellationToken ct) =>
            (await db.QueryAsync<Row>(Select, new
            {
                q.Year, Status = Blank(q.Status), Kind = Blank(q.Kind), PoliceDistrict = Blank(q.PoliceDistrict),
            }, ct)).ToList();

        private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
    }
}
