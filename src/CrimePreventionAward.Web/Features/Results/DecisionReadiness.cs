using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// When the decision may be made: once the vote's deadline has passed, or earlier once every juror still on the jury
/// has voted (a juror conflicted on every nominee has nothing to rank). One rule for the page that offers
/// "Træf afgørelsen" and the command that refuses it.
/// </summary>
public sealed record DecisionReadiness(int Voted, int Jurors, bool DeadlinePassed)
{
    public bool Ready => DeadlinePassed || Voted >= Jurors;

    public string RefusalReason() => $"Afgørelsen kan først træffes, når fristen for afstemningen er passeret, eller når alle jurymedlemmer har stemt ({Voted} af {Jurors} har stemt).";

    private const string ActiveJurors = "SELECT Id FROM Jurors WHERE Year = @Year AND RemovedAt IS NULL";

    public static async Task<DecisionReadiness> LoadAsync(Db db, EditionFacts edition, BallotData ballots, DateTimeOffset now, CancellationToken ct)
    {
        var voters = ballots.Ballots.Select(b => b.VoterId).ToHashSet();
        var nominees = ballots.Shortlist.Select(s => s.NominationId).ToList();
        var expected = (await db.QueryAsync<long>(ActiveJurors, new { edition.Year }, ct))
            .Where(j => nominees.Any(n => !ballots.Conflicts.Contains((j, n))))
            .ToList();
        return new DecisionReadiness(expected.Count(voters.Contains), expected.Count, now > edition.FinalVoteDeadline);
    }

    public void EnsureReady()
    {
        if (!Ready) throw new ConflictException(RefusalReason());
    }
}
