using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// The secretariat's list of an edition's nominations: searched (reference, candidate, title, organisations), filtered by
/// status, candidate kind, police district and screening, and sorted.
/// </summary>
public static class ListNominations
{
    /// <summary>Screening filter values: the stored eligibilities and "not screened yet".</summary>
    public static readonly string[] Screenings = ["Eligible", "Ineligible", "Unscreened"];

    /// <summary>Sort orders besides the default (by reference, drafts last).</summary>
    public static readonly string[] Sorts = ["candidate", "district", "newest"];

    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year, string? Status = null, string? Kind = null, string? PoliceDistrict = null,
        string? Screening = null, string? Search = null, string? Sort = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Screening).Must(s => string.IsNullOrEmpty(s) || Screenings.Contains(s))
                .WithMessage("Vælg en screening fra listen.");
            RuleFor(q => q.Sort).Must(s => string.IsNullOrEmpty(s) || Sorts.Contains(s)).WithMessage("Vælg en sortering fra listen.");
            RuleFor(q => q.Search).MaximumLength(200).WithMessage("Søgningen må højst have 200 tegn.");
        }
    }

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
          AND (@Screening IS NULL OR n.Eligibility = @Screening OR (@Screening = 'Unscreened' AND n.Eligibility IS NULL))
          AND (@Search IS NULL OR LOWER(n.Reference) LIKE LOWER(@Search) ESCAPE '\' OR LOWER(n.CandidateName) LIKE LOWER(@Search) ESCAPE '\'
               OR LOWER(n.Title) LIKE LOWER(@Search) ESCAPE '\' OR LOWER(n.Organisation) LIKE LOWER(@Search) ESCAPE '\'
               OR LOWER(n.NominatorOrganisation) LIKE LOWER(@Search) ESCAPE '\')
        ORDER BY CASE WHEN @Sort = 'candidate' THEN LOWER(n.CandidateName) END,
                 CASE WHEN @Sort = 'district' THEN n.PoliceDistrict END,
                 CASE WHEN @Sort = 'newest' THEN n.SubmittedAt END DESC,
                 CASE WHEN n.SequenceNo IS NULL THEN 1 ELSE 0 END, n.SequenceNo, n.Id
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public Task<IReadOnlyList<Row>> Handle(Query q, CancellationToken ct) => LoadAsync(db, q, ct);
    }

    /// <summary>The list for a validated query; <see cref="ReadNominations"/> reads it for the secretariat too.</summary>
    internal static async Task<IReadOnlyList<Row>> LoadAsync(Db db, Query q, CancellationToken ct) =>
        (await db.QueryAsync<Row>(Select, new
        {
            q.Year, Status = Blank(q.Status), Kind = Blank(q.Kind), PoliceDistrict = Blank(q.PoliceDistrict),
            Screening = Blank(q.Screening), Search = Pattern(q.Search), Sort = Blank(q.Sort),
        }, ct)).ToList();

    // Contains, case-insensitive (SQLite folds ASCII only), with the user's own % and _ taken literally.
    private static string? Pattern(string? search) => Blank(search?.Trim()) is { } s
        ? "%" + s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"
        : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
