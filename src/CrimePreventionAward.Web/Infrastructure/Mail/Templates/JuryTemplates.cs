namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>The mails to a juror, in the language chosen on their invitation.</summary>
public static class JuryTemplates
{
    public static readonly MailTemplate Invitation = new("jury.invitation", "Invitation til juryen",
        new("Invitation til juryen for {edition}", """
            Du er inviteret som {chair?juryformand|jurymedlem} for {edition}.

            Log ind med dette link. Det kan bruges én gang og gælder i 72 timer:
            {link}

            Er linket udløbet, kan du bede om et nyt på {login}.
            """),
        new("Invitation to the jury for {edition}", """
            You are invited to serve as {chair?chair|a member} of the jury for {edition}.

            Sign in with this link. It can be used once and is valid for 72 hours:
            {link}

            If the link has expired, you can ask for a new one at {login}.
            """),
        Samples.Edition, new MailPlaceholder("chair", "Ja, når jurymedlemmet er formand", false),
        Samples.Link("Login-linket"), Login);

    public static readonly MailTemplate SignInLink = new("jury.sign-in-link", "Login-link til et jurymedlem",
        new("Dit login-link til Den Kriminalpræventive Pris", """
            Her er dit login-link til juryens sider. Det kan bruges én gang og gælder i 72 timer:
            {link}

            Har du ikke bedt om linket, kan du se bort fra denne mail.
            """),
        new("Your sign-in link for Den Kriminalpræventive Pris", """
            Here is your sign-in link to the jury's pages. It can be used once and is valid for 72 hours:
            {link}

            If you did not ask for the link, you can ignore this e-mail.
            """),
        Samples.Link("Login-linket"));

    public static readonly MailTemplate Reminder = new("jury.reminder", "Påmindelse fra sekretariatet om bedømmelsen",
        new("Påmindelse: bedømmelsen af {edition}", """
            En påmindelse om bedømmelsen af {edition}: du har bedømt {scored} af {total:indstilling|indstillinger}.
            Fristen for bedømmelsen er {deadline}.

            Log ind og fortsæt her (linket kan bruges én gang og gælder i 72 timer):
            {link}
            """),
        new("Reminder: the assessment for {edition}", """
            A reminder about the assessment for {edition}: you have scored {scored} of {total:nomination|nominations}.
            The deadline for the assessment is {deadline}.

            Sign in and continue here (the link can be used once and is valid for 72 hours):
            {link}
            """),
        Samples.Edition, new MailPlaceholder("scored", "Antal indstillinger, jurymedlemmet har bedømt færdig", 2),
        new MailPlaceholder("total", "Antal indstillinger, jurymedlemmet skal bedømme", 5),
        Samples.Deadline("Fristen for bedømmelsen"), Samples.Link("Login-linket"));

    public static readonly MailTemplate ScoringReminder = new("jury.scoring-reminder", "Automatisk påmindelse om bedømmelsen",
        new("Påmindelse: bedømmelsen af {edition} slutter {deadline}", """
            Du mangler at gøre bedømmelsen færdig for {unfinished:indstilling|indstillinger} til {edition}.
            Fristen for bedømmelsen er {deadline}; derefter låses arkene.

            Log ind og bedøm her:
            {link}
            """),
        new("Reminder: the assessment for {edition} ends {deadline}", """
            You have not yet finished scoring {unfinished:nomination|nominations} for {edition}.
            The deadline for the assessment is {deadline}; after that the score sheets are locked.

            Sign in and score here:
            {link}
            """),
        Samples.Edition, new MailPlaceholder("unfinished", "Antal indstillinger, der mangler at blive bedømt færdig", 3),
        Samples.Deadline("Fristen for bedømmelsen"), Samples.Link("Juryens side"));

    public static readonly MailTemplate BallotReminder = new("jury.ballot-reminder", "Påmindelse om afstemningen",
        new("Påmindelse: afstemningen om {edition} slutter {deadline}", """
            Du har endnu ikke afgivet din stemme i afstemningen om vinderen af {edition}.
            Afstemningen slutter {deadline}.

            Log ind og stem her:
            {link}
            """),
        new("Reminder: the vote on {edition} ends {deadline}", """
            You have not yet cast your vote in the jury's vote on the winner of {edition}.
            The vote ends {deadline}.

            Sign in and vote here:
            {link}
            """),
        Samples.Edition, Samples.Deadline("Fristen for afstemningen"), Samples.Link("Stemmesedlen"));

    public static readonly MailTemplate VoteOpen = new("jury.vote-open", "Afstemningen er åben",
        new("Afstemningen om vinderen af {edition} er åben", """
            Juryens afstemning om vinderen af {edition} er nu åben.
            Afstemningen slutter {deadline}.

            Log ind og stem her:
            {link}
            """),
        new("The vote on the winner of {edition} is open", """
            The jury's vote on the winner of {edition} is now open.
            The vote ends {deadline}.

            Sign in and vote here:
            {link}
            """),
        Samples.Edition, Samples.Deadline("Fristen for afstemningen"), Samples.Link("Stemmesedlen"));

    private static MailPlaceholder Login => new("login", "Login-siden, hvor man kan bede om et nyt link", "https://eksempel.invalid/login");
}
