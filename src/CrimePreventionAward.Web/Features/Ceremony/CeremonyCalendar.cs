using System.Globalization;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;
using Microsoft.Extensions.Options;
using CrimePreventionAward.Web.Infrastructure.Mail;

namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>The ceremony as a calendar file. Built from the public ceremony only, so it cannot leak the winner.</summary>
public static class CeremonyCalendar
{
    [Public]
    public sealed record Query(int Year) : IQuery<string>;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, IOptions<MailSettings> mail) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query q, CancellationToken ct)
        {
            var c = await GetCeremony.LoadAsync(db, q.Year, CurrentEdition.SeesDrafts(user), ct);
            var lastItem = c.Programme.Count == 0 ? c.StartsAt : c.Programme.Max(p => p.StartsAt);
            var end = new[] { c.StartsAt.AddHours(2), lastItem.AddMinutes(30) }.Max();
            return IcsCalendar.Write(new IcsCalendar.Event(
                $"prisoverraekkelse-{c.Year}@kriminalpraeventivpris.dk", clock.GetUtcNow(), c.StartsAt, end,
                $"Overrækkelse af {c.EditionName}",
                string.Join(", ", new[] { c.Venue, c.Address }.Where(s => s.Length > 0)),
                Description(c, mail.Value.PublicBaseUrl)));
        }

        private static string Description(CeremonyView c, string baseUrl)
        {
            var lines = new List<string>();
            if (c.Presenter.Length > 0)
                lines.Add($"{c.Presenter} overrækker prisen på {c.PrizeAmountDkk.ToString("N0", DanishTime.Culture)} kr.");
            foreach (var item in c.Programme)
                lines.Add($"{DanishTime.ToLocal(item.StartsAt).ToString("HH.mm", CultureInfo.InvariantCulture)} {item.Title}"
                    + (item.Speaker is null ? "" : $" ({item.Speaker})"));
            lines.Add($"{baseUrl.TrimEnd('/')}/prisoverraekkelse");
            return string.Join("\n", lines);
        }
    }
}
