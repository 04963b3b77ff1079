using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// What the nomination form needs: the edition (the given year, else the draft's, else the current one) and the draft
/// being continued, read as <see cref="GetNomination"/> reads it for the holder of its private link.
/// </summary>
public static class GetNominationForm
{
    [Public]
    public sealed record Query(int? Year, long? DraftId, [property: Sensitive] string? Token) : IQuery<Result>;

    public sealed record Result(EditionView Edition, NominationView? Draft);

    public sealed class Rule(Db db, ICurrentUser user, TimeProvider clock) : IAuthorisationRule<Query>
    {
        public Task CheckAsync(Query q, CancellationToken ct) =>
            q.DraftId is null ? Task.CompletedTask : NominationAccess.RequireAsync(db, user, clock, q.DraftId, null, q.Token, ct);
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct)
        {
            var draft = q.DraftId is null ? null : await GetNomination.LoadAsync(db, user, clock, q.DraftId, null, ct);
            return new(await GetEdition.RequireAsync(db, user, q.Year ?? draft?.Year, ct), draft);
        }
    }
}
