using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Sets an edition's criteria as a whole. Frozen once scoring opens, so every sheet is scored on the same ones.</summary>
public static class ReplaceCriteria
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, IReadOnlyList<CriterionInput> Criteria) : ICommand<IReadOnlyList<CriterionView>>;

    public sealed record CriterionInput(
        string Name, string? Description, double Weight, int ScaleMin, int ScaleMax,
        string? AnchorLow = null, string? AnchorMid = null, string? AnchorHigh = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Criteria).NotEmpty().WithMessage("Der skal være mindst ét kriterium.")
                .Must(l => l is null || l.Count <= 20).WithMessage("Der må højst være 20 kriterier.");
            RuleForEach(c => c.Criteria).ChildRules(k =>
            {
                k.RuleFor(x => x.Name).NotEmpty().WithMessage("Skriv kriteriets navn.")
                    .MaximumLength(100).WithMessage("Navnet må højst have 100 tegn.");
                k.RuleFor(x => x.Description).MaximumLength(1000).WithMessage("Beskrivelsen må højst have 1000 tegn.");
                k.RuleFor(x => x.AnchorLow).MaximumLength(300).WithMessage("Hvert skalatrin må højst have 300 tegn.");
                k.RuleFor(x => x.AnchorMid).MaximumLength(300).WithMessage("Hvert skalatrin må højst have 300 tegn.");
                k.RuleFor(x => x.AnchorHigh).MaximumLength(300).WithMessage("Hvert skalatrin må højst have 300 tegn.");
                k.RuleFor(x => x.Weight).GreaterThan(0).WithMessage("Vægten skal være større end 0.")
                    .LessThanOrEqualTo(100).WithMessage("Vægten må højst være 100.");
                k.RuleFor(x => x.ScaleMin).InclusiveBetween(0, 100).WithMessage("Skalaen skal ligge mellem 0 og 100.");
                k.RuleFor(x => x.ScaleMax).InclusiveBetween(0, 100).WithMessage("Skalaen skal ligge mellem 0 og 100.")
                    .GreaterThan(x => x.ScaleMin).WithMessage("Skalaens maksimum skal være større end minimum.");
            });
        }
    }

    private const string ScoresExist = """
        SELECT COUNT(*) FROM Scores s JOIN Criteria k ON k.Id = s.CriterionId WHERE k.Year = @Year
        """;

    private const string Delete = "DELETE FROM Criteria WHERE Year = @Year";

    private const string Insert = """
        INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder, AnchorLow, AnchorMid, AnchorHigh)
        VALUES (@Year, @Name, @Description, @Weight, @ScaleMin, @ScaleMax, @SortOrder, @AnchorLow, @AnchorMid, @AnchorHigh)
        """;

    public sealed class Handler(Db db) : IRequestHandler<Command, IReadOnlyList<CriterionView>>
    {
        public async Task<IReadOnlyList<CriterionView>> Handle(Command c, CancellationToken ct)
        {
            var edition = await JuryAccess.EditionAsync(db, c.Year, ct);
            if (edition.Phase >= Phase.Scoring)
                throw new ConflictException("Kriterierne kan ikke ændres, når bedømmelsen er åbnet.");
            if (await db.ScalarAsync<int>(ScoresExist, new { c.Year }, ct) > 0)
                throw new ConflictException("Kriterierne kan ikke ændres, fordi der allerede er givet point efter dem.");
            await db.ExecuteAsync(Delete, new { c.Year }, ct);
            for (var i = 0; i < c.Criteria.Count; i++)
            {
                var k = c.Criteria[i];
                await db.ExecuteAsync(Insert, new
                {
                    c.Year, Name = k.Name.Trim(), Description = k.Description?.Trim() ?? "", k.Weight, k.ScaleMin, k.ScaleMax, SortOrder = i + 1,
                    AnchorLow = k.AnchorLow?.Trim() ?? "", AnchorMid = k.AnchorMid?.Trim() ?? "", AnchorHigh = k.AnchorHigh?.Trim() ?? "",
                }, ct);
            }
            return (await db.QueryAsync<CriterionView>(CriterionView.Select, new { c.Year }, ct)).ToList();
        }
    }
}
