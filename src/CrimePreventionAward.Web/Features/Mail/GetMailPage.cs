using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Mail;

/// <summary>Everything the secretariat's mail page shows: the mail (of one status, or all) and, when one is chosen, its text.</summary>
public static class GetMailPage
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(string? Status, long? Id) : IQuery<Result>;

    public sealed record Result(IReadOnlyList<ListMail.MailRow> Mail, GetMail.Mail? Selected);

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query q, CancellationToken ct) =>
            new(await ListMail.LoadAsync(db, q.Status, ct), q.Id is { } id ? await GetMail.LoadAsync(db, id, ct) : null);
    }
}
