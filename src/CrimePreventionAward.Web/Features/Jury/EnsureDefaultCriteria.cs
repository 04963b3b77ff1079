using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>Gives an edition the five suggested criteria (weight 1, scale 1–5) when it has none yet.</summary>
public static class EnsureDefaultCriteria
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year) : ICommand<Result>;

    public sealed record Result(int Created);

    public static readonly IReadOnlyList<(string Name, string Description)> Defaults =
    [
        ("Kriminalpræventiv effekt", "Dokumenteret effekt på kriminalitet eller utryghed."),
        ("Nytænkning", "Nye metoder, greb eller samarbejdsformer."),
        ("Forankring", "Indsatsen er varig og forankret i organisationen."),
        ("Overførbarhed", "Indsatsen kan bruges andre steder."),
        ("Samarbejde", "Samarbejde på tværs af sektorer og fagligheder."),
    ];

    private const string Count = "SELECT COUNT(*) FROM Criteria WHERE Year = @Year";

    private const string Insert = """
        INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder)
        VALUES (@Year, @Name, @Description, 1, 1, 5, @SortOrder)
        """;

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command c, CancellationToken ct) => InsertMissingAsync(db, c.Year, ct);
    }

    /// <summary>For other commands of the jury (an invitation) that need criteria in their own transaction.</summary>
    public static async Task<Result> InsertMissingAsync(Db db, int year, CancellationToken ct)
    {
        await JuryAccess.EditionAsync(db, year, ct);
        if (await db.ScalarAsync<int>(Count, new { Year = year }, ct) > 0) return new Result(0);
        for (var i = 0; i < Defaults.Count; i++)
            await db.ExecuteAsync(Insert, new { Year = year, Defaults[i].Name, Defaults[i].Description, SortOrder = i + 1 }, ct);
        return new Result(Defaults.Count);
    }
}
