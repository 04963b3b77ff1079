namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>The mails to a nominator, in the language they used on the form.</summary>
public static class NominatorTemplates
{
    public static readonly MailTemplate Receipt = new("nomination.receipt", "Kvittering for en indstilling",
        new("Kvittering for din indstilling {reference} til Den Kriminalpræventive Pris", """
            Tak for din indstilling af "{candidate}" ({title}) til Den Kriminalpræventive Pris.
            Den har referencenummeret {reference}.

            Du kan se, rette eller trække indstillingen tilbage frem til fristen {deadline} via dit private link:
            {link}

            Del ikke linket med andre: alle med linket kan ændre indstillingen.
            """),
        new("Receipt for your nomination {reference} for Den Kriminalpræventive Pris", """
            Thank you for nominating "{candidate}" ({title}) for Den Kriminalpræventive Pris.
            Its reference number is {reference}.

            You can view, correct or withdraw the nomination until the deadline, {deadline}, via your private link:
            {link}

            Do not share the link: anyone who has it can change the nomination.
            """),
        Samples.Reference, Samples.Title, new("candidate", "Den indstillede person, projekt eller gruppe", "(eksempel) Natteravnene"),
        Samples.Deadline("Fristen for indstillinger"), Samples.Link("Det private link til indstillingen"));

    public static readonly MailTemplate DraftSaved = new("nomination.draft-saved", "Link til en gemt kladde",
        new("Din kladde til en indstilling til Den Kriminalpræventive Pris", """
            Din kladde til en indstilling er gemt. Du kan arbejde videre på den – også fra en anden computer – via dette link:
            {link}

            Husk at sende indstillingen inden fristen {deadline}. En kladde er ikke en indstilling.
            """),
        new("Your draft nomination for Den Kriminalpræventive Pris", """
            Your draft nomination has been saved. You can go on working on it – also from another computer – via this link:
            {link}

            Remember to send the nomination before the deadline, {deadline}. A draft is not a nomination.
            """),
        Samples.Deadline("Fristen for indstillinger"), Samples.Link("Linket til kladden"));

    public static readonly MailTemplate KeptLate = new("nomination.kept-late", "En indstilling sendt efter fristen",
        new("Din indstilling kom efter fristen – den er gemt som kladde nr. {draft}", """
            Fristen for indstillinger til Den Kriminalpræventive Pris udløb {deadline}, så din indstilling
            er ikke sendt. Alt, hvad du skrev, er gemt som kladde nr. {draft}. Du kan se den via dette link:
            {link}

            Vil du bede sekretariatet om at tage imod indstillingen for sent, så skriv til {secretariat}
            og oplys kladde nr. {draft}.
            """),
        new("Your nomination arrived after the deadline – it is kept as draft no. {draft}", """
            The deadline for nominations for Den Kriminalpræventive Pris passed {deadline}, so your
            nomination has not been sent. Everything you wrote is kept as draft no. {draft}. You can see it via this link:
            {link}

            If you want to ask the secretariat to accept the nomination late, write to {secretariat}
            and give draft no. {draft}.
            """),
        new MailPlaceholder("draft", "Kladdens nummer", "17"), Samples.Deadline("Fristen for indstillinger"),
        new MailPlaceholder("secretariat", "Sekretariatets e-mailadresse", "sekretariat@eksempel.invalid"), Samples.Link("Linket til kladden"));

    public static readonly MailTemplate DraftReminder = new("nomination.draft-reminder", "Påmindelse om en kladde, der ikke er sendt",
        new("Husk at sende din indstilling til {edition}", """
            Du har påbegyndt en indstilling til {edition}, men den er endnu ikke sendt.
            Fristen er {deadline}. En kladde, der ikke er sendt inden fristen, kommer ikke med.

            Åbn din kladde med linket i den e-mail, du fik, da du gemte den, eller se mere her:
            {link}
            """),
        new("Remember to send your nomination for {edition}", """
            You have started a nomination for {edition}, but it has not been sent yet.
            The deadline is {deadline}. A draft that is not sent before the deadline is not included.

            Open your draft with the link in the e-mail you received when you saved it, or read more here:
            {link}
            """),
        Samples.Edition, Samples.Deadline("Fristen for indstillinger"), Samples.Link("Indstillingsformularen"));

    public static readonly MailTemplate ScreenedEligible = new("nomination.screened-eligible", "Screening: indstillingen går videre",
        new("Din indstilling {reference} til {edition} er screenet", """
            Sekretariatet har gennemgået din indstilling {reference} ("{title}") til {edition}.
            Indstillingen opfylder betingelserne og går videre til juryens bedømmelse.

            Begrundelse: {reason}
            """),
        new("Your nomination {reference} for {edition} has been screened", """
            The secretariat has reviewed your nomination {reference} ("{title}") for {edition}.
            The nomination meets the conditions and goes on to the jury's assessment.

            Reason: {reason}
            """),
        Samples.Reference, Samples.Title, Samples.Edition, Reason);

    public static readonly MailTemplate ScreenedNotEligible = new("nomination.screened-not-eligible", "Screening: indstillingen går ikke videre",
        new("Din indstilling {reference} til {edition} er screenet", """
            Sekretariatet har gennemgået din indstilling {reference} ("{title}") til {edition}.
            Indstillingen opfylder desværre ikke betingelserne og går derfor ikke videre til juryens bedømmelse.

            Begrundelse: {reason}
            """),
        new("Your nomination {reference} for {edition} has been screened", """
            The secretariat has reviewed your nomination {reference} ("{title}") for {edition}.
            Unfortunately the nomination does not meet the conditions and therefore does not go on to the jury's assessment.

            Reason: {reason}
            """),
        Samples.Reference, Samples.Title, Samples.Edition, Reason);

    public static readonly MailTemplate Nominated = new("nomination.nominated", "De nominerede: indstillingen er nomineret",
        new("Din indstilling er blandt de nominerede til {edition}", """
            Juryen har nu valgt de nominerede til {edition}.
            Vi er glade for at kunne fortælle, at din indstilling {reference} ("{title}") er blandt de nominerede.

            Se alle de nominerede her:
            {link}
            """),
        new("Your nomination is among the nominees for {edition}", """
            The jury has now chosen the nominees for {edition}.
            We are pleased to tell you that your nomination {reference} ("{title}") is among the nominees.

            See all the nominees here:
            {link}
            """),
        Samples.Reference, Samples.Title, Samples.Edition, Samples.Link("Siden med de nominerede"));

    public static readonly MailTemplate NotNominated = new("nomination.not-nominated", "De nominerede: indstillingen er ikke nomineret",
        new("De nominerede til {edition} er offentliggjort", """
            Juryen har nu valgt de nominerede til {edition}.
            Din indstilling {reference} ("{title}") er desværre ikke blandt de nominerede. Tak, fordi du indstillede.

            Se alle de nominerede her:
            {link}
            """),
        new("The nominees for {edition} have been announced", """
            The jury has now chosen the nominees for {edition}.
            Unfortunately your nomination {reference} ("{title}") is not among the nominees. Thank you for nominating.

            See all the nominees here:
            {link}
            """),
        Samples.Reference, Samples.Title, Samples.Edition, Samples.Link("Siden med de nominerede"));

    private static MailPlaceholder Reason => new("reason",
        "Sekretariatets begrundelse, når den deles med indstilleren (ellers udelades linjen)", "(eksempel) Opfylder alle kriterier");
}
