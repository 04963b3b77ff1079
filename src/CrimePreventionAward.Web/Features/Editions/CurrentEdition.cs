using CrimePreventionAward.Web.Infrastructure.Auth;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// Which edition is current, written once for every page, job and API: the newest edition that is not a Draft.
/// The secretariat prepares next year in Draft while this year runs, so a Draft never takes this year's place.
/// The fictional demo edition (<see cref="DemoYear"/>) is never current either: it is shown, labelled, by its year only.
/// </summary>
public static class CurrentEdition
{
    /// <summary>Reserved for the demo data: the last year editions may have, so it can never be a real one.</summary>
    public const int DemoYear = 2200;

    public const string YearSql = "(SELECT MAX(Year) FROM Editions WHERE Phase <> 'Draft' AND Year <> 2200)";

    /// <summary>Filter for any read of editions by year or as a list; bind @SeesDrafts with <see cref="SeesDrafts"/>.</summary>
    public const string VisibleSql = "(Phase <> 'Draft' OR @SeesDrafts = 1)";

    /// <summary>Only the secretariat sees a Draft; to everyone else it answers like an unknown year.</summary>
    public static int SeesDrafts(ICurrentUser user) => user.IsInRole(Roles.Secretariat) ? 1 : 0;
}
