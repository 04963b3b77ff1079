namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>Every template, in the order the secretariat sees them.</summary>
public static class MailTemplateCatalogue
{
    public static readonly IReadOnlyList<MailTemplate> All =
    [
        NominatorTemplates.Receipt, NominatorTemplates.DraftSaved, NominatorTemplates.KeptLate, NominatorTemplates.DraftReminder,
        NominatorTemplates.ScreenedEligible, NominatorTemplates.ScreenedNotEligible, NominatorTemplates.Nominated, NominatorTemplates.NotNominated,
        JuryTemplates.Invitation, JuryTemplates.SignInLink, JuryTemplates.Reminder, JuryTemplates.ScoringReminder, JuryTemplates.BallotReminder,
        JuryTemplates.VoteOpen, CeremonyTemplates.Invitation, CeremonyTemplates.Reminder, AccountTemplates.PasswordReset, AccountTemplates.Invitation,
    ];

    public static MailTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
