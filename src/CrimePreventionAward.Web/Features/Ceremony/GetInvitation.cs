using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>What a guest sees behind the personal link: the ceremony and the answer given so far.</summary>
public static class GetInvitation
{
    [Public]
    public sealed record Query([property: Sensitive] string Token) : IQuery<Invitation>;

    public sealed class Invitation
    {
        public int Year { get; init; }
        public string Name { get; init; } = "";
        public GuestResponse? Response { get; init; }
        public int? Persons { get; init; }
        public CeremonyView Ceremony { get; set; } = new();
    }

    private const string Sql = "SELECT Year, Name, Response, Persons FROM Guests WHERE TokenHash = @Hash";

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Invitation>
    {
        public async Task<Invitation> Handle(Query q, CancellationToken ct)
        {
            var invitation = await db.QuerySingleOrDefaultAsync<Invitation>(Sql, new { Hash = GuestTokens.Hash(q.Token ?? "") }, ct)
                ?? throw new NotFoundException("Invitationen findes ikke. Brug linket fra din e-mail.");
            invitation.Ceremony = await GetCeremony.LoadAsync(db, invitation.Year, CurrentEdition.SeesDrafts(user), ct);
            return invitation;
        }
    }
}
