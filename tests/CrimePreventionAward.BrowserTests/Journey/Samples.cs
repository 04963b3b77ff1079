namespace CrimePreventionAward.BrowserTests.Journey;

/// <summary>Two nominations after the 2020 nominees: one project with a PDF, one group.</summary>
public static class Samples
{
    private const string Phone = "12345678";

    public static readonly People.Nomination Lommevending = new("Project", "Ditte Wesley", "Lommevending til Behandling",
        "Københavns Vestegns Politi", "Ballerup", "Københavns Vestegns Politi",
        "Betjente møder unge stofbrugere med forståelse og motiverer dem til behandling i stedet for at tømme lommerne.",
        "22 betjente og civile forebyggelsesmedarbejdere er uddannet.", "Et nyt greb, der flytter unge fra straf til behandling.",
        "Brydehuset", "Anne Andersen", "anne@brydehuset.test", Phone);

    public static readonly People.Nomination SikkerShopping = new("Group", "e-mærket", "SIKKER SHOPPING",
        "e-mærket", "København", "Københavns Politi", "Røde advarselstrekanter markerer falske og mistænkelige webshops.",
        "Forbrugere styres væk fra svindel på nettet.", "Et digitalt værktøj mod e-handelskriminalitet.",
        "TrygFonden", "Bo Berg", "bo@tryg.test", Phone);
}
