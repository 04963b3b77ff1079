using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Jury;

public enum SheetState
{
    NotStarted,
    Started,
    Scored,
    Conflicted,
}

/// <summary>How far a juror (or a nomination) is over all its sheets; conflicted pairs do not count.</summary>
public enum ScoringProgress
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>
/// The state of every (juror, eligible nomination) pair of an edition, read in a handful of queries. Both the juror's own
/// list and the secretariat's progress are views of it, so their numbers cannot differ.
/// </summary>
public sealed class JuryBoard
{
    /// <summary>Eligible = submitted, not withdrawn, and screened as eligible: only these are scored.</summary>
    public const string Eligible = "n.Status = 'Submitted' AND n.Eligibility = 'Eligible'";

    private const string Jurors = $"""
        SELECT j.Id, j.UserId, j.Name, j.Email, j.Organisation, j.IsChair, j.Language FROM Jurors j WHERE j.Year = @Year AND {JuryAccess.Seated} ORDER BY j.Name, j.Id
        """;

    private const string Nominations = $"""
        SELECT n.Id, n.Reference, n.Title, n.CandidateName, n.Organisation FROM Nominations n
        WHERE n.Year = @Year AND {Eligible} ORDER BY n.SequenceNo, n.Id
        """;

    private const string Sheets = """
        SELECT s.JurorId, s.NominationId, COUNT(sc.Id) AS Scored FROM ScoreSheets s LEFT JOIN Scores sc ON sc.ScoreSheetId = s.Id
        WHERE s.Year = @Year GROUP BY s.JurorId, s.NominationId
        """;

    private const string CriteriaCount = "SELECT COUNT(*) FROM Criteria WHERE Year = @Year";

    private readonly HashSet<(long, long)> conflicts;
    private readonly Dictionary<(long, long), int> sheets;

    private JuryBoard(IReadOnlyList<JurorRow> jurors, IReadOnlyList<NominationRow> nominations, int criteria,
        HashSet<(long, long)> conflicts, Dictionary<(long, long), int> sheets)
    {
        JurorList = jurors;
        NominationList = nominations;
        Criteria = criteria;
        this.conflicts = conflicts;
        this.sheets = sheets;
    }

    public IReadOnlyList<JurorRow> JurorList { get; }
    public IReadOnlyList<NominationRow> NominationList { get; }
    public int Criteria { get; }

    public static async Task<JuryBoard> LoadAsync(Db db, int year, CancellationToken ct)
    {
        var args = new { Year = year };
        var jurors = (await db.QueryAsync<JurorRow>(Jurors, args, ct)).ToList();
        var nominations = (await db.QueryAsync<NominationRow>(Nominations, args, ct)).ToList();
        var criteria = await db.ScalarAsync<int>(CriteriaCount, args, ct);
        // The edition's whole set: for every juror × eligible nomination it answers as the rule does, and it is found from
        // the declared conflicts instead of asking the rule about each of those pairs.
        var conflicts = await ConflictRules.EditionPairsAsync(db, year, ct);
        var sheets = (await db.QueryAsync<Pair>(Sheets, args, ct)).ToDictionary(p => (p.JurorId, p.NominationId), p => p.Scored);
        return new JuryBoard(jurors, nominations, criteria, conflicts, sheets);
    }

    public SheetState State(long jurorId, long nominationId) =>
        conflicts.Contains((jurorId, nominationId)) ? SheetState.Conflicted
        : !sheets.TryGetValue((jurorId, nominationId), out var scored) ? SheetState.NotStarted
        : Criteria > 0 && scored >= Criteria ? SheetState.Scored
        : SheetState.Started;

    /// <summary>(scored, to score) for a juror; conflicted nominations count in neither.</summary>
    public (int Scored, int ToScore) ForJuror(long jurorId) => Count(NominationList.Select(n => State(jurorId, n.Id)));

    public (int Scored, int ToScore) ForNomination(long nominationId) => Count(JurorList.Select(j => State(j.Id, nominationId)));

    public bool HasStarted(long jurorId) => NominationList.Any(n => State(jurorId, n.Id) is SheetState.Started or SheetState.Scored);

    public ScoringProgress JurorProgress(long jurorId) => Stage(NominationList.Select(n => State(jurorId, n.Id)));

    public ScoringProgress NominationProgress(long nominationId) => Stage(JurorList.Select(j => State(j.Id, nominationId)));

    private static ScoringProgress Stage(IEnumerable<SheetState> states)
    {
        var list = states.Where(s => s != SheetState.Conflicted).ToList();
        return list.Count > 0 && list.All(s => s == SheetState.Scored) ? ScoringProgress.Done
            : list.Any(s => s is SheetState.Started or SheetState.Scored) ? ScoringProgress.InProgress
            : ScoringProgress.NotStarted;
    }

    private static (int, int) Count(IEnumerable<SheetState> states)
    {
        var list = states.Where(s => s != SheetState.Conflicted).ToList();
        return (list.Count(s => s == SheetState.Scored), list.Count);
    }

    public sealed class JurorRow
    {
        public long Id { get; init; }
        public long UserId { get; init; }
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public string Organisation { get; init; } = "";
        public bool IsChair { get; init; }
        public string? Language { get; init; }
    }

    public sealed class NominationRow
    {
        public long Id { get; init; }
        public string? Reference { get; init; }
        public string? Title { get; init; }
        public string? CandidateName { get; init; }
        public string? Organisation { get; init; }
    }

    private sealed class Pair
    {
        public long JurorId { get; init; }
        public long NominationId { get; init; }
        public int Scored { get; init; }
    }
}
