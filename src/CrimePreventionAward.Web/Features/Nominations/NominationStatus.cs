namespace CrimePreventionAward.Web.Features.Nominations;

public static class NominationStatus
{
    public const string Draft = "Draft";
    public const string Submitted = "Submitted";
    public const string Withdrawn = "Withdrawn";

    public static string Danish(string status) => status switch
    {
        Draft => "Kladde",
        Submitted => "Indsendt",
        Withdrawn => "Trukket tilbage",
        _ => status,
    };
}
