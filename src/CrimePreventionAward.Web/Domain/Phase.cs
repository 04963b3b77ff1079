namespace CrimePreventionAward.Web.Domain;

/// <summary>The phases of an edition, in the order they happen.</summary>
public enum Phase
{
    Draft,
    NominationOpen,
    Screening,
    Scoring,
    Shortlisted,
    FinalVote,
    Decided,
    Announced,
    Archived,
}
