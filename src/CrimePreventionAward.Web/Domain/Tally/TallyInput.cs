namespace CrimePreventionAward.Web.Domain.Tally;

/// <summary>A juror's weighted mean for one nomination (a complete score sheet).</summary>
public sealed record JurorScore(long JurorId, long NominationId, double Value);

/// <summary>Everything a tally needs: who could score what, what they scored, and the scale.</summary>
public sealed record TallyInput(
    IReadOnlyList<long> Jurors,
    IReadOnlyList<long> Nominations,
    IReadOnlyList<JurorScore> Scores,
    IReadOnlySet<(long JurorId, long NominationId)> Conflicts,
    double ScaleMin,
    double ScaleMax)
{
    public bool IsConflicted(long juror, long nomination) => Conflicts.Contains((juror, nomination));

    /// <summary>Scores of conflicted jurors never count, even if one slipped in before the conflict was declared.</summary>
    public IEnumerable<JurorScore> CountedScores => Scores.Where(s => !IsConflicted(s.JurorId, s.NominationId));
}

/// <summary>
/// One method's figure for one nomination: the value (null when nobody scored it), how many scores are behind it,
/// how many non-conflicted jurors have not scored it, and how many jurors were left out for a conflict.
/// </summary>
public sealed record MethodFigure(double? Value, int Count, int Missing, int Conflicted);
