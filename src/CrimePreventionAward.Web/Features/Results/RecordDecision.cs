using System.Security.Cryptography;
using System.Text.Json;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Domain.Voting;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Closes the final vote (after its deadline, or once every juror has voted: <see cref="DecisionReadiness"/>): counts the ballots by Schulze, breaks a tie by the chain in <see cref="TieBreak"/> (ending
/// in a lot with the given or a freshly drawn seed, so a decision is always reached), stores the winner with the full
/// pairwise matrix, every tie-break step and the conflicts it was computed with, schedules the winner's announcement
/// at the ceremony and moves the edition to Decided, which locks scores, ballots and conflicts.
/// </summary>
public static class RecordDecision
{
    public const string Method = "Schulze";

    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, string? Justification = null, int? LotSeed = null) : ICommand<Result>;

    public sealed record Result(
        long WinnerNominationId, string Method, Pairwise Pairwise, IReadOnlyList<TieBreakStep> TieBreaks, IReadOnlyList<ConflictPair> Conflicts);

    public sealed record Pairwise(IReadOnlyList<long> Candidates, int[][] D, int[][] P, IReadOnlyList<long> Winners);

    /// <summary>Stored in Decisions.Conflicts as [{"jurorId":1,"nominationId":2}, ...].</summary>
    public sealed record ConflictPair(long JurorId, long NominationId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Justification).MaximumLength(4000).WithMessage("Begrundelsen må højst have 4000 tegn.");
            RuleFor(c => c.LotSeed).GreaterThanOrEqualTo(0).WithMessage("Frøet til lodtrækningen skal være 0 eller større.");
        }
    }

    private const string Exists = "SELECT COUNT(*) FROM Decisions WHERE Year = @Year";

    private const string Insert = """
        INSERT INTO Decisions (Year, WinnerNominationId, Method, Pairwise, TieBreaks, Conflicts, Justification, DecidedBy, DecidedAt)
        VALUES (@Year, @WinnerNominationId, @Method, @Pairwise, @TieBreaks, @Conflicts, @Justification, @DecidedBy, @DecidedAt)
        """;

    private const string ClearAnnouncement = "DELETE FROM Announcements WHERE Year = @Year AND Kind = 'Winner'";

    private const string InsertAnnouncement = """
        INSERT INTO Announcements (Year, Kind, AnnounceAt, PublishedAt) VALUES (@Year, 'Winner', @AnnounceAt, NULL)
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await EditionFacts.LoadAsync(db, c.Year, ct);
            if (await db.ScalarAsync<int>(Exists, new { c.Year }, ct) > 0)
                throw new ConflictException($"Afgørelsen for {c.Year} er allerede truffet.");
            if (edition.Phase != Phase.FinalVote)
                throw new ConflictException("Afgørelsen kan kun træffes, når afstemningen er i gang.");
            // One conflict set for the ballots and the tally: the one stored with the decision below.
            var conflictSet = await ConflictRules.EditionPairsAsync(db, c.Year, ct);
            var ballots = await BallotData.LoadAsync(db, c.Year, conflictSet, ct);
            if (ballots.Ballots.Count == 0) throw new ConflictException("Ingen jurymedlemmer har stemt endnu.");
            (await DecisionReadiness.LoadAsync(db, edition, ballots, clock.GetUtcNow(), ct)).EnsureReady();

            var tally = await TallyData.LoadAsync(db, c.Year, conflictSet, ct);
            var seed = c.LotSeed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
            var count = DecisionCount.Compute(ballots, tally, seed);
            var outcome = count.TieBreak;
            var winner = outcome.WinnerId ?? throw new InvalidOperationException("The tie-break chain ends in a lot and always has a winner.");
            var conflicts = ballots.Conflicts.OrderBy(x => x.JurorId).ThenBy(x => x.NominationId).Select(x => new ConflictPair(x.JurorId, x.NominationId)).ToList();

            var pairwise = count.Pairwise;
            var now = clock.GetUtcNow();
            await db.ExecuteAsync(Insert, new
            {
                c.Year, WinnerNominationId = winner, Method,
                Pairwise = JsonSerializer.Serialize(pairwise, JsonSerializerOptions.Web),
                TieBreaks = JsonSerializer.Serialize(outcome.Steps, JsonSerializerOptions.Web),
                Conflicts = JsonSerializer.Serialize(conflicts, JsonSerializerOptions.Web),
                Justification = c.Justification?.Trim() ?? "", DecidedBy = user.Name, DecidedAt = now,
            }, ct);
            await db.ExecuteAsync(ClearAnnouncement, new { c.Year }, ct);
            await db.ExecuteAsync(InsertAnnouncement, new { c.Year, AnnounceAt = edition.CeremonyAt }, ct);
            await EditionFacts.MoveAsync(db, c.Year, Phase.FinalVote, Phase.Decided, "Afgørelsen er truffet", user.Name, now, ct);
            return new Result(winner, Method, pairwise, outcome.Steps, conflicts);
        }
    }
}
