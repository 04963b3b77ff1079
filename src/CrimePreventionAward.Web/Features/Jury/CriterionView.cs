namespace CrimePreventionAward.Web.Features.Jury;

public sealed class CriterionView
{
    public const string Select = """
        SELECT Id, Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder, AnchorLow, AnchorMid, AnchorHigh FROM Criteria WHERE Year = @Year ORDER BY SortOrder, Id
        """;

    public long Id { get; init; }
    public int Year { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public double Weight { get; init; }
    public int ScaleMin { get; init; }
    public int ScaleMax { get; init; }
    public int SortOrder { get; init; }
    public string AnchorLow { get; init; } = "";
    public string AnchorMid { get; init; } = "";
    public string AnchorHigh { get; init; } = "";
}
