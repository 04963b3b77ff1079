using System.Text.Json;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Domain.Voting;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Closes the final vote: counts the ballots by Schulze, breaks a tie by the shortlist tally and then the chair's
/// casting vote, stores the winner with the full pairwise matrix and every tie-break step, schedules the winner's
/// announcement (default: the ceremony's start) and moves the edition to Decided, which locks scores and ballots.
/// </summary>
public static class RecordDecision
{
    public const string Method = "Schulze";

    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, string? Justification = null) : ICommand<Result>;

    public sealed record Result(long WinnerNominationId, string Method, Pairwise Pairwise, IReadOnlyList<TieBreakStep> TieBreaks);

    public sealed record Pairwise(IReadOnlyList<long> Candidates, int[][] D, int[][] P, IReadOnlyList<long> Winners);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Justification).MaximumLength(4000).WithMessage("Begrundelsen må højst have 4000 tegn.");
    }

    private const string Exists = "SELECT COUNT(*) FROM Decisions WHERE Year = @Year";

    private const string Insert = """
        INSERT INTO Decisions (Year, WinnerNominationId, Method, Pairwise, TieBreaks, Justification, DecidedBy, DecidedAt)
        VALUES (@Year, @WinnerNominationId, @Method, @Pairwise, @TieBreaks, @Justification, @DecidedBy, @DecidedAt)
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
            var ballots = await BallotData.LoadAsync(db, c.Year, ct);
            if (ballots.Ballots.Count == 0) throw new ConflictException("Ingen jurymedlemmer har stemt endnu.");

            var tally = await TallyData.LoadAsync(db, c.Year, ct);
            var candidates = ballots.Shortlist.Select(s => s.NominationId).ToList();
            var schulze = Schulze.Compute(candidates, ballots.Ballots);
            var means = candidates.ToDictionary(id => id, id => tally.Result.Rows.FirstOrDefault(r => r.NominationId == id)?.Mean.Value);
            var chair = tally.Jurors.FirstOrDefault(j => j.IsChair) is { } ch ? ballots.Ballots.FirstOrDefault(b => b.VoterId == ch.Id) : null;
            var outcome = TieBreak.Resolve(schulze.Winners, means, chair);
            if (outcome.WinnerId is not { } winner)
                throw new ConflictException("Stemmeligheden kan ikke afgøres: juryformanden skal rangordne de ligestillede nominerede.");

            var pairwise = new Pairwise(candidates, schulze.D, schulze.P, schulze.Winners);
            var now = clock.GetUtcNow();
            await db.ExecuteAsync(Insert, new
            {
                c.Year, WinnerNominationId = winner, Method,
                Pairwise = JsonSerializer.Serialize(pairwise, JsonSerializerOptions.Web),
                TieBreaks = JsonSerializer.Serialize(outcome.Steps, JsonSerializerOptions.Web),
                Justification = c.Justification?.Trim() ?? "", DecidedBy = user.Name, DecidedAt = now,
            }, ct);
            await db.ExecuteAsync(ClearAnnouncement, new { c.Year }, ct);
            await db.ExecuteAsync(InsertAnnouncement, new { c.Year, AnnounceAt = edition.CeremonyAt }, ct);
            await EditionFacts.MoveAsync(db, c.Year, Phase.FinalVote, Phase.Decided, "Afgørelsen er truffet", user.Name, now, ct);
            return new Result(winner, Method, pairwise, outcome.Steps);
        }
    }
}
