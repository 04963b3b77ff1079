using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// A juror ranks the nominees; one ballot per juror, changeable until the final-vote deadline and locked by the
/// decision. A juror conflicted on a nominee may leave it out or rank it: either way the pairs involving that nominee
/// are not counted from this ballot (the juror still votes on the others, as the rules keep them out only of that one).
/// </summary>
public static class CastBallot
{
    [Authorise(Roles.Juror)]
    [KeepsPublicPages]
    public sealed record Command(int Year, IReadOnlyList<long> Ranking) : ICommand<Result>;

    public sealed record Result(int Year, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Ranking).NotEmpty().WithMessage("Rangordn de nominerede.")
                .Must(r => r.Distinct().Count() == r.Count).WithMessage("Hver nomineret må kun have én plads.");
        }
    }

    private const string FindBallot = "SELECT Id FROM Ballots WHERE Year = @Year AND JurorId = @JurorId";
    private const string InsertBallot = "INSERT INTO Ballots (Year, JurorId, Version, CastAt) VALUES (@Year, @JurorId, 1, @Now)";
    private const string TouchBallot = "UPDATE Ballots SET Version = Version + 1, CastAt = @Now WHERE Id = @Id";
    private const string BallotVersion = "SELECT Version FROM Ballots WHERE Id = @Id";
    private const string ClearRanks = "DELETE FROM BallotRanks WHERE BallotId = @Id";
    private const string InsertRank = "INSERT INTO BallotRanks (BallotId, NominationId, Rank) VALUES (@Id, @NominationId, @Rank)";

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var juror = await JuryAccess.ActiveJurorIdAsync(db, user, c.Year, clock.GetUtcNow(), ct)
                ?? throw new ForbiddenException($"Du er ikke jurymedlem for {c.Year}.");
            var edition = await EditionFacts.LoadAsync(db, c.Year, ct);
            var now = clock.GetUtcNow();
            if (edition.Phase != Phase.FinalVote)
                throw new ConflictException(edition.Phase > Phase.FinalVote
                    ? "Afstemningen er afsluttet, og afgørelsen er truffet. Stemmen kan ikke ændres."
                    : "Afstemningen er ikke åben endnu.");
            if (now >= edition.FinalVoteDeadline)
                throw new ConflictException($"Fristen for afstemningen udløb {DanishTime.Format(edition.FinalVoteDeadline)}.");

            var nominees = (await BallotData.ShortlistAsync(db, c.Year, ct)).Select(s => s.NominationId).ToHashSet();
            var conflicted = (await ConflictRules.EditionPairsAsync(db, c.Year, ct)).Where(x => x.JurorId == juror).Select(x => x.NominationId).ToHashSet();
            if (c.Ranking.Count > nominees.Count)
                throw FieldErrorsException.For(nameof(Command.Ranking), $"Der er {nominees.Count} nominerede at rangordne.");
            if (c.Ranking.Any(id => !nominees.Contains(id)))
                throw FieldErrorsException.For(nameof(Command.Ranking), "Der kan kun stemmes på de nominerede.");
            if (nominees.Any(id => !conflicted.Contains(id) && !c.Ranking.Contains(id)))
                throw FieldErrorsException.For(nameof(Command.Ranking), "Giv hver nomineret en plads.");

            var ballot = await db.QuerySingleOrDefaultAsync<long?>(FindBallot, new { c.Year, JurorId = juror }, ct);
            if (ballot is { } existing) await db.ExecuteAsync(TouchBallot, new { Id = existing, Now = now }, ct);
            else ballot = await db.InsertAsync(InsertBallot, new { c.Year, JurorId = juror, Now = now }, ct);
            await db.ExecuteAsync(ClearRanks, new { Id = ballot }, ct);
            for (var i = 0; i < c.Ranking.Count; i++)
                await db.ExecuteAsync(InsertRank, new { Id = ballot, NominationId = c.Ranking[i], Rank = i + 1 }, ct);
            return new Result(c.Year, await db.ScalarAsync<int>(BallotVersion, new { Id = ballot }, ct));
        }
    }
}
