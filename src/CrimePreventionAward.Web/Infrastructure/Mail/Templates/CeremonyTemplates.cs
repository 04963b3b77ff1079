namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>The mails to a ceremony guest, in the language chosen on their invitation.</summary>
public static class CeremonyTemplates
{
    public static readonly MailTemplate Invitation = new("ceremony.invitation", "Invitation til prisoverrækkelsen",
        new("Invitation: prisoverrækkelsen for {edition}", """
            Det Kriminalpræventive Råd inviterer dig til prisoverrækkelsen for {edition}.
            Prisoverrækkelsen finder sted {time}.
            Stedet er {place}.
            {presenter} overrækker prisen.

            Svar venligst via dit personlige link, om du kommer, og hvor mange I bliver:
            {link}
            """),
        new("Invitation: the award ceremony for {edition}", """
            Det Kriminalpræventive Råd (the Danish Crime Prevention Council) invites you to the award ceremony for {edition}.
            The ceremony takes place on {time}.
            The venue is {place}.
            {presenter} will present the award.

            Please tell us via your personal link whether you are coming and how many you will be:
            {link}
            """),
        Samples.Edition, Time, Place, new MailPlaceholder("presenter", "Den, der overrækker prisen (ellers udelades linjen)", "(eksempel) Justitsministeren"),
        Samples.Link("Det personlige svarlink"));

    public static readonly MailTemplate Reminder = new("ceremony.reminder", "Påmindelse om prisoverrækkelsen",
        new("Vi ses til prisoverrækkelsen for {edition}", """
            Tak, fordi du har meldt din ankomst ({persons:person|personer}).
            Prisoverrækkelsen for {edition} finder sted {time}.
            Stedet er {place}.

            Program og kalenderfil finder du her:
            {link}
            """),
        new("See you at the award ceremony for {edition}", """
            Thank you for letting us know that you are coming ({persons:person|people}).
            The award ceremony for {edition} takes place on {time}.
            The venue is {place}.

            The programme and a calendar file are here:
            {link}
            """),
        Samples.Edition, Time, Place, new MailPlaceholder("persons", "Antal personer, gæsten har meldt", 2),
        Samples.Link("Siden om prisoverrækkelsen"));

    /// <summary>The venue and its address as one place; empty (and its line left out) until the secretariat knows it.</summary>
    public static string PlaceOf(string? venue, string? address) =>
        string.Join(", ", new[] { venue, address }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));

    private static MailPlaceholder Time => new("time", "Tidspunktet for prisoverrækkelsen", Samples.Time);

    private static MailPlaceholder Place => new("place", "Sted og adresse (ellers udelades linjen)", "(eksempel) Eigtveds Pakhus, Asiatisk Plads 2, København K");
}
