namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// Which edition is current, written once for every page, job and API: the newest edition that is not a Draft.
/// The secretariat prepares next year in Draft while this year runs, so a Draft never takes this year's place.
/// </summary>
public static class CurrentEdition
{
    public const string YearSql = "(SELECT MAX(Year) FROM Editions WHERE Phase <> 'Draft')";
}
