using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// The secretariat lets one nominator submit or edit after the deadline until a given time: one nomination, or every
/// nomination by one e-mail address (for a nominator who has none yet). The reason is kept in the audit; the e-mail
/// only by its field name. It ends when the jury begins, whatever the time says (see NominationAccess).
/// </summary>
public static class GrantExtension
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(int Year, long? NominationId, string? NominatorEmail, DateTimeOffset? Until,
        [property: AuditValue] string? Reason) : ICommand<Result>;

    public sealed record Result(long Id, int Year, long? NominationId, DateTimeOffset Until);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NominatorEmail).Must((c, email) => c.NominationId is null != string.IsNullOrWhiteSpace(email))
                .WithMessage("Vælg enten en indstilling eller en e-mailadresse.");
            RuleFor(c => c.NominatorEmail).Must(e => string.IsNullOrWhiteSpace(e) || NominationForm.IsEmail(e.Trim()))
                .WithMessage("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.");
            RuleFor(c => c.Until).NotNull().WithMessage("Skriv, hvornår fristen udløber.");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Skriv en begrundelse.")
                .MaximumLength(500).WithMessage("Begrundelsen må højst have 500 tegn.");
        }
    }

    private const string Edition = "SELECT Phase, ScoringDeadline FROM Editions WHERE Year = @Year";

    private const string NominationYear = "SELECT Year FROM Nominations WHERE Id = @Id";

    private const string Insert = """
        INSERT INTO NominationExtensions (Year, NominationId, NominatorEmail, Until, Reason, GrantedBy, GrantedAt)
        VALUES (@Year, @NominationId, @NominatorEmail, @Until, @Reason, @GrantedBy, @GrantedAt)
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await db.QuerySingleOrDefaultAsync<EditionRow>(Edition, new { c.Year }, ct)
                ?? throw new NotFoundException(NominationWording.Format(NominationWording.UnknownEdition, c.Year));
            if (c.NominationId is { } id && await db.ScalarAsync<int?>(NominationYear, new { Id = id }, ct) != c.Year)
                throw new NotFoundException(NominationAccess.NotFoundText);
            if (edition.Phase is < Phase.NominationOpen or > Phase.Screening)
                throw new ConflictException("Fristen kan kun forlænges, mens der er åbent for indstillinger eller screening.");
            var now = clock.GetUtcNow();
            var until = c.Until!.Value;
            if (until <= now) throw FieldErrorsException.For(nameof(c.Until), "Den nye frist skal ligge ude i fremtiden.");
            if (until > edition.ScoringDeadline)
                throw FieldErrorsException.For(nameof(c.Until), "Den nye frist skal ligge før fristen for bedømmelse.");
            var extensionId = await db.InsertAsync(Insert, new
            {
                c.Year, c.NominationId, NominatorEmail = c.NominatorEmail?.Trim().ToLowerInvariant(), Until = until,
                Reason = c.Reason!.Trim(), GrantedBy = user.Name, GrantedAt = now,
            }, ct);
            return new Result(extensionId, c.Year, c.NominationId, until);
        }
    }

    private sealed class EditionRow
    {
        public Phase Phase { get; init; }
        public DateTimeOffset ScoringDeadline { get; init; }
    }
}
