using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>The editions the caller may see, newest first; only those in one phase when asked (e.g. open for nominations).</summary>
public static class ListEditions
{
    [Public]
    public sealed record Query(Phase? Phase = null) : IQuery<IReadOnlyList<EditionView>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Phase).IsInEnum().WithMessage("Vælg en fase fra listen.");
    }

    private const string Sql = $"""
        SELECT {EditionView.Columns} FROM Editions WHERE {CurrentEdition.VisibleSql} AND (@Phase IS NULL OR Phase = @Phase) ORDER BY Year DESC
        """;

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<EditionView>>
    {
        public async Task<IReadOnlyList<EditionView>> Handle(Query q, CancellationToken ct) =>
            (await db.QueryAsync<EditionView>(Sql, new { SeesDrafts = CurrentEdition.SeesDrafts(user), Phase = q.Phase?.ToString() }, ct)).ToList();
    }
}
