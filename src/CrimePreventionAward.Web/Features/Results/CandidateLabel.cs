namespace CrimePreventionAward.Web.Features.Results;

/// <summary>How the public and the jury see a nominee: the candidate's name, with the initiative's title under it.</summary>
public sealed record CandidateLabel(string Name, string? Title)
{
    /// <summary>displayName is the title when there is one, else the candidate's name (see ShortlistRow.DisplayName).</summary>
    public static CandidateLabel Of(string? candidateName, string displayName) =>
        candidateName is { Length: > 0 } name && name != displayName ? new(name, displayName) : new(displayName, null);
}
