namespace CrimePreventionAward.Web;

/// <summary>
/// Marker for the shared UI texts. Keys are the Danish texts themselves, so Danish needs no resource file and a
/// missing English entry falls back to Danish; English lives in Resources/SharedResource.en.resx.
/// </summary>
public sealed class SharedResource;
