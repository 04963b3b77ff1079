using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The secretariat picks the nominees, with a justification each, and the time the shortlist is made public.
/// Jurors see it at once; the public from that time. Setting it closes the scoring round (Scoring → Shortlisted).
/// Only nominations screened eligible can be nominees; the order sent is not kept (the lists go by reference).
/// </summary>
public static class SetShortlist
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, IReadOnlyList<Entry> Entries, DateTimeOffset? AnnounceAt) : ICommand<Result>;

    public sealed record Entry(long NominationId, string Justification);

    public sealed record Result(int Year, int Nominees, DateTimeOffset AnnounceAt);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Entries).NotEmpty().WithMessage("Vælg mindst én nomineret.")
                .Must(e => e.Select(x => x.NominationId).Distinct().Count() == e.Count).WithMessage("En indstilling kan kun nomineres én gang.");
            RuleForEach(c => c.Entries).ChildRules(e =>
                e.RuleFor(x => x.Justification).NotEmpty().WithMessage("Skriv en begrundelse for hver nomineret.")
                    .MaximumLength(4000).WithMessage("Begrundelsen må højst have 4000 tegn."));
            RuleFor(c => c.AnnounceAt).NotNull().WithMessage("Angiv, hvornår de nominerede offentliggøres.").Sane();
        }
    }

    private const string Candidates = """
        SELECT Id FROM Nominations
        WHERE Year = @Year AND WithdrawnAt IS NULL AND SubmittedAt IS NOT NULL AND Eligibility = 'Eligible'
        """;

    private const string Clear = "DELETE FROM ShortlistEntries WHERE Year = @Year";

    private const string Insert = """
        INSERT INTO ShortlistEntries (Year, NominationId, Justification, SortOrder)
        VALUES (@Year, @NominationId, @Justification, @SortOrder)
        """;

    private const string ClearAnnouncement = "DELETE FROM Announcements WHERE Year = @Year AND Kind = 'Shortlist'";

    private const string InsertAnnouncement = """
        INSERT INTO Announcements (Year, Kind, AnnounceAt, PublishedAt) VALUES (@Year, 'Shortlist', @AnnounceAt, NULL)
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await EditionFacts.LoadAsync(db, c.Year, ct);
            if (edition.Phase is not (Phase.Scoring or Phase.Shortlisted))
                throw new ConflictException($"De nominerede kan kun vælges, når bedømmelsen er i gang eller afsluttet (fasen er {PhaseRules.DanishName(edition.Phase)}).");
            var known = (await db.QueryAsync<long>(Candidates, new { c.Year }, ct)).ToHashSet();
            if (c.Entries.FirstOrDefault(e => !known.Contains(e.NominationId)) is { } unknown)
                throw FieldErrorsException.For(nameof(Command.Entries), $"Indstilling {unknown.NominationId} kan ikke nomineres i {c.Year}.");

            await db.ExecuteAsync(Clear, new { c.Year }, ct);
            for (var i = 0; i < c.Entries.Count; i++)
                await db.ExecuteAsync(Insert, new { c.Year, c.Entries[i].NominationId, Justification = c.Entries[i].Justification.Trim(), SortOrder = i + 1 }, ct);
            await db.ExecuteAsync(ClearAnnouncement, new { c.Year }, ct);
            await db.ExecuteAsync(InsertAnnouncement, new { c.Year, c.AnnounceAt }, ct);
            if (edition.Phase == Phase.Scoring)
                await EditionFacts.MoveAsync(db, c.Year, Phase.Scoring, Phase.Shortlisted, "De nominerede er valgt", user.Name, clock.GetUtcNow(), ct);
            return new Result(c.Year, c.Entries.Count, c.AnnounceAt!.Value);
        }
    }
}
