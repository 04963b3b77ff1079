namespace CrimePreventionAward.Web.Domain;

/// <summary>
/// The consent the nomination form asks for. Change the wording only together with a new version: each nomination
/// stores the version its nominator accepted, so what they agreed to can always be shown.
/// </summary>
public static class ConsentText
{
    public const string Version = "2026-1";

    public const string Danish =
        "Jeg bekræfter, at kandidaten kender til indstillingen, og at Det Kriminalpræventive Råd må behandle oplysningerne i indstillingen";
}
