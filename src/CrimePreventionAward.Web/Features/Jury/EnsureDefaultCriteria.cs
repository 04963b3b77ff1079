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

    public sealed record Suggestion(string Name, string Description, string AnchorLow, string AnchorMid, string AnchorHigh);

    public static readonly IReadOnlyList<Suggestion> Defaults =
    [
        new("Kriminalpræventiv effekt", "Dokumenteret effekt på kriminalitet eller utryghed.",
            "Ingen påvist effekt.", "Tegn på effekt, men ikke dokumenteret.", "Dokumenteret, målt effekt."),
        new("Nytænkning", "Nye metoder, greb eller samarbejdsformer.",
            "Kendte metoder brugt som før.", "Kendte metoder brugt på en ny måde.", "Helt nye metoder eller samarbejdsformer."),
        new("Forankring", "Indsatsen er varig og forankret i organisationen.",
            "Et enkeltstående projekt.", "Planlagt videreført, men ikke sikret.", "Fast forankret med drift og ejerskab."),
        new("Overførbarhed", "Indsatsen kan bruges andre steder.",
            "Bundet til ét sted.", "Kan overføres med tilpasning.", "Let at bruge andre steder og beskrevet, så andre kan."),
        new("Samarbejde", "Samarbejde på tværs af sektorer og fagligheder.",
            "Én aktør alene.", "Samarbejde mellem få aktører.", "Bredt samarbejde på tværs af sektorer."),
    ];

    private const string Count = "SELECT COUNT(*) FROM Criteria WHERE Year = @Year";

    private const string Insert = """
        INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder, AnchorLow, AnchorMid, AnchorHigh)
        VALUES (@Year, @Name, @Description, 1, 1, 5, @SortOrder, @AnchorLow, @AnchorMid, @AnchorHigh)
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
            await db.ExecuteAsync(Insert, new
            {
                Year = year, Defaults[i].Name, Defaults[i].Description, SortOrder = i + 1,
                Defaults[i].AnchorLow, Defaults[i].AnchorMid, Defaults[i].AnchorHigh,
            }, ct);
        return new Result(Defaults.Count);
    }
}
