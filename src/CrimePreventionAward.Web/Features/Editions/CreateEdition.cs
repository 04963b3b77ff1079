using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

public static class CreateEdition
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(
        int Year,
        string Name,
        int PrizeAmountDkk,
        DateTimeOffset NominationOpensAt,
        DateTimeOffset NominationDeadline,
        DateTimeOffset ScoringDeadline,
        DateTimeOffset FinalVoteDeadline,
        DateTimeOffset CeremonyAt) : ICommand<Result>;

    public sealed record Result(int Year);

    /// <summary>The years an edition may have: from the prize's first year to the demo's (<see cref="CurrentEdition.DemoYear"/>).</summary>
    public const int FirstYear = 1996, LastYear = 2200;

    public const string YearRange = "Året skal ligge mellem 1996 og 2200.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).InclusiveBetween(FirstYear, LastYear).WithMessage(YearRange);
            RuleFor(c => c.Name).NotEmpty().WithMessage("Skriv et navn.")
                .MaximumLength(200).WithMessage("Navnet må højst have 200 tegn.");
            RuleFor(c => c.NominationOpensAt).Sane();
            RuleFor(c => c.NominationDeadline).Sane();
            RuleFor(c => c.ScoringDeadline).Sane();
            RuleFor(c => c.FinalVoteDeadline).Sane();
            RuleFor(c => c.CeremonyAt).Sane();
            RuleFor(c => c.PrizeAmountDkk).GreaterThanOrEqualTo(0).WithMessage("Prisbeløbet kan ikke være negativt.");
            RuleFor(c => c.NominationDeadline).GreaterThan(c => c.NominationOpensAt)
                .WithMessage("Fristen for indstillinger skal ligge efter åbningen.");
            RuleFor(c => c.ScoringDeadline).GreaterThan(c => c.NominationDeadline)
                .WithMessage("Fristen for bedømmelse skal ligge efter fristen for indstillinger.");
            RuleFor(c => c.FinalVoteDeadline).GreaterThan(c => c.ScoringDeadline)
                .WithMessage("Fristen for afstemningen skal ligge efter fristen for bedømmelse.");
            RuleFor(c => c.CeremonyAt).GreaterThan(c => c.FinalVoteDeadline)
                .WithMessage("Prisoverrækkelsen skal ligge efter afstemningen.");
        }
    }

    private const string Exists = "SELECT COUNT(*) FROM Editions WHERE Year = @Year";

    /// <summary>Also next year's, copied from last year (<see cref="CreateNextEdition"/>).</summary>
    public const string Insert = """
        INSERT INTO Editions (Year, Name, PrizeAmountDkk, NominationOpensAt, NominationDeadline, ScoringDeadline,
                              FinalVoteDeadline, CeremonyAt, Phase, Version, CreatedAt)
        VALUES (@Year, @Name, @PrizeAmountDkk, @NominationOpensAt, @NominationDeadline, @ScoringDeadline,
                @FinalVoteDeadline, @CeremonyAt, @Phase, 1, @CreatedAt)
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            if (await db.ScalarAsync<int>(Exists, new { c.Year }, ct) > 0)
                throw new ConflictException($"Der findes allerede en prisuddeling for {c.Year}.");
            await db.ExecuteAsync(Insert, new
            {
                c.Year, c.Name, c.PrizeAmountDkk, c.NominationOpensAt, c.NominationDeadline, c.ScoringDeadline,
                c.FinalVoteDeadline, c.CeremonyAt, Phase = nameof(Phase.Draft), CreatedAt = clock.GetUtcNow(),
            }, ct);
            return new Result(c.Year);
        }
    }
}
