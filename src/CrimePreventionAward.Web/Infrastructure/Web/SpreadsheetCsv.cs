using CrimePreventionAward.Web.Domain;
using CsvHelper.Configuration;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// The one CSV dialect of every export: semicolons and decimal commas as Danish Excel opens them, and a cell that
/// starts like a formula (=, +, -, @, tab, CR) escaped so a nominator's text can never run in the secretariat's Excel.
/// </summary>
public static class SpreadsheetCsv
{
    public static CsvConfiguration Configuration() => new(DanishTime.Culture)
    {
        Delimiter = ";",
        InjectionOptions = InjectionOptions.Escape,
    };
}
