using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>The secretariat's "Send påmindelse": one mail now, with the juror's progress and a fresh sign-in link.</summary>
public static class RemindJuror
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(int Year, long JurorId) : ICommand<Result>;

    public sealed record Result(bool Queued);

    public sealed class Handler(Db db, Outbox outbox, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await JuryAccess.EditionAsync(db, c.Year, ct);
            var board = await JuryBoard.LoadAsync(db, c.Year, ct);
            var juror = board.JurorList.SingleOrDefault(j => j.Id == c.JurorId)
                ?? throw new NotFoundException($"Jurymedlemmet findes ikke i juryen for {c.Year}.");
            var now = clock.GetUtcNow();
            var (scored, toScore) = board.ForJuror(juror.Id);
            var token = await SignInLinkTokens.CreateAsync(db, juror.UserId, now, ct);
            // One per minute: a double click sends one mail, a deliberate second reminder later sends another.
            var queued = await outbox.EnqueueAsync(new TemplateMail(JuryTemplates.Reminder, c.Year, MailLanguage.Of(juror.Language), juror.Email, juror.Name,
                new Dictionary<string, object?>
                {
                    ["edition"] = edition.Name, ["scored"] = scored, ["total"] = toScore, ["deadline"] = edition.ScoringDeadline,
                    ["link"] = SignInLinkTokens.Url(mail.Value.PublicBaseUrl),
                }, $"remind:{c.Year}:juror:{juror.Id}:{now:yyyyMMddHHmm}", SignInLinkTokens.ForMail(token)), ct);
            return new Result(queued);
        }
    }
}
