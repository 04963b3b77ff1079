using Hangfire;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

public static class RecurringJobs
{
    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<JobRunner>("deliver-mail", j => j.DeliverMail(), Cron.Minutely());
        jobs.AddOrUpdate<JobRunner>("publish-announcements", j => j.PublishAnnouncements(), Cron.Minutely());
    }
}
