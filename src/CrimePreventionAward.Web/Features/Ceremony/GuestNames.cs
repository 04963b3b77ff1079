namespace CrimePreventionAward.Web.Features.Ceremony;

public static class GuestNames
{
    public static string Danish(GuestKind kind) => kind switch
    {
        GuestKind.Nominee => "Nomineret",
        GuestKind.Presenter => "Overrækker",
        GuestKind.Press => "Presse",
        _ => "Anden gæst",
    };
}
