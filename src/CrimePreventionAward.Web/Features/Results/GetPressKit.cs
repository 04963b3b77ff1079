using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// What the press kit states: the winner, the nominees' public texts with their justifications, and the ceremony
/// with its programme. The kit is for the press, so it exists only from the winner's announcement instant (the rule
/// in <see cref="EditionFacts.WinnerPublic"/>, which follows a moved ceremony) — a 404 before, for the secretariat too.
/// </summary>
public static class GetPressKit
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Kit>;

    public sealed record Nominee(long Id, string Title, string? CandidateName, string? Organisation, string? Description, string Justification);

    public sealed record Kit(int Year, string EditionName, Nominee Winner, string WinnerJustification, IReadOnlyList<Nominee> Nominees,
        CeremonyView Ceremony);

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Kit>
    {
        public async Task<Kit> Handle(Query q, CancellationToken ct)
        {
            var edition = await EditionFacts.LoadAsync(db, q.Year, ct);
            var decision = edition.WinnerPublic(clock.GetUtcNow()) ? await DecisionRecord.LoadAsync(db, q.Year, ct) : null;
            if (decision is null) throw new NotFoundException($"Pressematerialet for {q.Year} findes først, når vinderen er offentliggjort.");
            var nominees = (await BallotData.ShortlistAsync(db, q.Year, ct))
                .Select(s => new Nominee(s.NominationId, s.DisplayName, s.CandidateName, s.Organisation, s.Description, s.Justification)).ToList();
            var winner = nominees.Single(n => n.Id == decision.WinnerNominationId);
            var ceremony = (await db.QuerySingleOrDefaultAsync<CeremonyView>(GetCeremony.Ceremony, new { q.Year, SeesDrafts = 1 }, ct))!;
            ceremony.Programme = (await db.QueryAsync<ProgrammeItemView>(GetCeremony.Programme, new { q.Year }, ct)).ToList();
            var justification = decision.Justification.Length > 0 ? decision.Justification : winner.Justification;
            return new Kit(q.Year, edition.Name, winner, justification, nominees, ceremony);
        }
    }
}
