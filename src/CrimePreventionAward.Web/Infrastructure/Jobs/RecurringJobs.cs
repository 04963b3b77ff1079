using Hangfire;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>
/// The jobs compute what is due from the database each time, so a run that was missed while the app was down is
/// made good by the next one (Hangfire also runs a missed recurring job once when the server comes back).
/// </summary>
public static class RecurringJobs
{
    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<JobRunner>("deliver-mail", j => j.DeliverMail(), Cron.Minutely());
        jobs.AddOrUpdate<JobRunner>("advance-phases", j => j.AdvancePhases(), Cron.Minutely());
        jobs.AddOrUpdate<JobRunner>("publish-announcements", j => j.PublishAnnouncements(), Cron.Minutely());
        jobs.AddOrUpdate<JobRunner>("send-reminders", j => j.SendReminders(), "*/5 * * * *");
        jobs.AddOrUpdate<JobRunner>("apply-retention", j => j.ApplyRetention(), "15 3 * * *");
    }
}
