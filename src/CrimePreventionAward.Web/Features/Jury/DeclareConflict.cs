using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// Records a conflict of interest for one nomination or a whole organisation. A juror declares for themselves (any
/// juror id they send is ignored); the secretariat records one for a named juror. Once the final vote has closed the
/// set is fixed: the decision is computed from (and stores) the conflicts of that moment.
/// </summary>
public static class DeclareConflict
{
    [Authorise(Roles.Juror, Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(int Year, long? NominationId, [property: AuditValue] string? Organisation, string Reason, long? JurorId = null) : ICommand<Result>;

    public sealed record Result(long Id, long JurorId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NominationId).NotNull()
                .When(c => string.IsNullOrWhiteSpace(c.Organisation))
                .WithMessage("Vælg en indstilling eller skriv en organisation.");
            RuleFor(c => c.Organisation).Empty()
                .When(c => c.NominationId is not null)
                .WithMessage("Vælg enten en indstilling eller en organisation, ikke begge.");
            RuleFor(c => c.Organisation).MaximumLength(200).WithMessage("Organisationen må højst have 200 tegn.");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Skriv en begrundelse for inhabiliteten.")
                .MaximumLength(1000).WithMessage("Begrundelsen må højst have 1000 tegn.");
        }
    }

    private const string FinalVoteDeadline = "SELECT FinalVoteDeadline FROM Editions WHERE Year = @Year";

    private const string JurorOfYear = "SELECT COUNT(*) FROM Jurors WHERE Id = @JurorId AND Year = @Year";

    private const string NominationOfYear = """
        SELECT COUNT(*) FROM Nominations WHERE Id = @NominationId AND Year = @Year AND Status <> 'Draft'
        """;

    private const string Existing = """
        SELECT Id FROM Conflicts
        WHERE JurorId = @JurorId AND (NominationId = @NominationId OR LOWER(Organisation) = LOWER(@Organisation))
        """;

    private const string Insert = """
        INSERT INTO Conflicts (Year, JurorId, NominationId, Organisation, Reason, DeclaredBy, DeclaredAt)
        VALUES (@Year, @JurorId, @NominationId, @Organisation, @Reason, @DeclaredBy, @Now)
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await JuryAccess.EditionAsync(db, c.Year, ct);
            if (edition.Phase >= Phase.Decided || clock.GetUtcNow() >= await db.ScalarAsync<DateTimeOffset>(FinalVoteDeadline, new { c.Year }, ct))
                throw new ConflictException("Afstemningen er lukket: inhabilitet kan ikke længere erklæres eller fjernes.");
            long jurorId;
            if (user.IsInRole(Roles.Secretariat))
            {
                if (c.JurorId is not { } named) throw FieldErrorsException.For(nameof(Command.JurorId), "Vælg jurymedlemmet.");
                if (await db.ScalarAsync<int>(JurorOfYear, new { JurorId = named, c.Year }, ct) == 0)
                    throw new NotFoundException($"Jurymedlemmet findes ikke i juryen for {c.Year}.");
                jurorId = named;
            }
            else jurorId = await JuryAccess.CurrentJurorIdAsync(db, user, c.Year, clock.GetUtcNow(), ct);

            if (c.NominationId is { } nominationId && await db.ScalarAsync<int>(NominationOfYear, new { NominationId = nominationId, c.Year }, ct) == 0)
                throw new NotFoundException("Indstillingen findes ikke i denne prisuddeling.");
            var organisation = string.IsNullOrWhiteSpace(c.Organisation) ? null : c.Organisation.Trim();
            var args = new
            {
                c.Year, JurorId = jurorId, c.NominationId, Organisation = organisation, Reason = c.Reason.Trim(),
                DeclaredBy = user.Name, Now = clock.GetUtcNow(),
            };
            if (await db.QuerySingleOrDefaultAsync<long?>(Existing, args, ct) is { } existing) return new Result(existing, jurorId);
            return new Result(await db.InsertAsync(Insert, args, ct), jurorId);
        }
    }
}
