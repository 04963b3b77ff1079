using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Reopens the final vote with a reason, until the winner's announcement instant (<see cref="EditionFacts.DueAt"/>):
/// the decision moves to SupersededDecisions whole (matrix, steps, conflicts, who decided), so the record keeps it and
/// what it was computed from, and the edition goes back to FinalVote, where ballots can change and a new decision be made.
/// </summary>
public static class ReopenDecision
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, [property: AuditValue] string Reason) : ICommand<Result>;

    public sealed record Result(int Year, Phase Phase);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Skriv, hvorfor afgørelsen genåbnes.")
                .MaximumLength(1000).WithMessage("Begrundelsen må højst have 1000 tegn.");
    }

    private const string Supersede = """
        INSERT INTO SupersededDecisions (Year, WinnerNominationId, Method, Pairwise, TieBreaks, Conflicts, Justification, DecidedBy, DecidedAt,
            ReopenedBy, ReopenedAt, ReopenReason)
        SELECT Year, WinnerNominationId, Method, Pairwise, TieBreaks, Conflicts, Justification, DecidedBy, DecidedAt, @By, @At, @Reason
        FROM Decisions WHERE Year = @Year
        """;

    private const string RemoveCurrent = "DELETE FROM Decisions WHERE Year = @Year";

    private const string RemoveAnnouncement = "DELETE FROM Announcements WHERE Year = @Year AND Kind = 'Winner' AND PublishedAt IS NULL";

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await EditionFacts.LoadAsync(db, c.Year, ct);
            var now = clock.GetUtcNow();
            if (edition.Phase > Phase.Decided || edition.WinnerPublic(now) || (edition.WinnerAt is { } due && due <= now))
                throw new ConflictException("Afgørelsen kan ikke genåbnes, når vinderen er offentliggjort.");
            if (edition.Phase != Phase.Decided)
                throw new ConflictException("Der er ingen afgørelse at genåbne.");
            var args = new { c.Year, By = user.Name, At = now, Reason = c.Reason.Trim() };
            if (await db.ExecuteAsync(Supersede, args, ct) != 1) throw new ConflictException("Der er ingen afgørelse at genåbne.");
            await db.ExecuteAsync(RemoveCurrent, args, ct);
            await db.ExecuteAsync(RemoveAnnouncement, args, ct);
            await EditionFacts.MoveAsync(db, c.Year, Phase.Decided, Phase.FinalVote, $"Afgørelsen er genåbnet: {args.Reason}", user.Name, now, ct);
            return new Result(c.Year, Phase.FinalVote);
        }
    }
}
