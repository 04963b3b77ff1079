using System.Globalization;
using System.Text;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Ceremony;

public sealed class CeremonyCalendarTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private static DateTimeOffset Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private async Task CreateAsync(int year, DateTimeOffset ceremonyAt, string venue = "Eigtveds Pakhus", string address = "Asiatisk Plads 2, København")
    {
        var vote = ceremonyAt.AddDays(-20);
        // A Draft is the secretariat's alone; the public reads an edition once it is opened.
        await Editions.Build(year).WithDeadlines(vote.AddDays(-100), vote.AddDays(-50), vote, ceremonyAt, opensAt: vote.AddDays(-200))
            .InPhase(Phase.NominationOpen).CreateAsync(app);
        await app.SendAsSystem(new SaveCeremony.Command(year, ceremonyAt, venue, address, "Justitsministeren", 50_000,
            [new(ceremonyAt, "Velkomst", "Formanden"), new(ceremonyAt.AddMinutes(45), "Overrækkelse af prisen", "Justitsministeren")], 0));
    }

    /// <summary>Reads an .ics text back: unfolds continuation lines and returns "NAME;PARAMS" → value.</summary>
    private static List<(string Name, string Value)> Parse(string ics)
    {
        ics.ShouldContain("\r\n");
        var unfolded = ics.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return unfolded.Select(line =>
        {
            var colon = line.IndexOf(':');
            colon.ShouldBeGreaterThan(0, line);
            return (line[..colon], line[(colon + 1)..]);
        }).ToList();
    }

    private static DateTimeOffset ReadLocal(string value) =>
        DanishTime.FromLocal(DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));

    private async Task<string> CalendarAsync(int year)
    {
        var response = await app.Client().GetAsync($"/api/editions/{year}/ceremony.ics");
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_November_ceremony_at_14_Danish_time_is_13_UTC_in_a_Copenhagen_time_zone_calendar()
    {
        await CreateAsync(2020, Utc(2020, 11, 10, 13, 0));
        var lines = Parse(await CalendarAsync(2020));
        lines.First().ShouldBe(("BEGIN", "VCALENDAR"));
        lines.Last().ShouldBe(("END", "VCALENDAR"));
        lines.ShouldContain(("BEGIN", "VTIMEZONE"));
        lines.ShouldContain(("TZID", "Europe/Copenhagen"));
        lines.ShouldContain(("BEGIN", "VEVENT"));
        var start = lines.Single(l => l.Name.StartsWith("DTSTART;"));
        start.ShouldBe(("DTSTART;TZID=Europe/Copenhagen", "20201110T140000"));
        ReadLocal(start.Value).ShouldBe(Utc(2020, 11, 10, 13, 0));
        var end = lines.Single(l => l.Name.StartsWith("DTEND;"));
        ReadLocal(end.Value).ShouldBeGreaterThan(ReadLocal(start.Value));
    }

    [Fact]
    public async Task A_June_ceremony_shows_summer_time_so_14_Danish_time_is_12_UTC()
    {
        await CreateAsync(2031, Utc(2031, 6, 12, 12, 0));
        var lines = Parse(await CalendarAsync(2031));
        lines.Single(l => l.Name.StartsWith("DTSTART;")).ShouldBe(("DTSTART;TZID=Europe/Copenhagen", "20310612T140000"));
        // Both rules of the zone are there, so a calendar far from Copenhagen converts either season right.
        lines.ShouldContain(("BEGIN", "DAYLIGHT"));
        lines.ShouldContain(("TZOFFSETTO", "+0200"));
        lines.ShouldContain(("BEGIN", "STANDARD"));
        lines.ShouldContain(("TZOFFSETTO", "+0100"));
    }

    [Fact]
    public async Task Text_is_escaped_and_long_lines_are_folded_at_75_octets()
    {
        await CreateAsync(2032, Utc(2032, 11, 9, 13, 0), venue: "Sal A; 1. sal, Rådhuset", address: "Rådhuspladsen 1\\2, 1550 København V – en meget lang adresse med æøå for at tvinge en foldning af linjen");
        var ics = await CalendarAsync(2032);
        foreach (var raw in ics.Split("\r\n")) Encoding.UTF8.GetByteCount(raw).ShouldBeLessThanOrEqualTo(75, raw);
        var location = Parse(ics).Single(l => l.Name == "LOCATION").Value;
        location.ShouldStartWith("Sal A\\; 1. sal\\, Rådhuset\\, Rådhuspladsen 1\\\\2\\, 1550 København V");
        location.ShouldEndWith("linjen");
        Parse(ics).Single(l => l.Name == "DESCRIPTION").Value.ShouldContain("\\n");
    }

    [Fact]
    public async Task The_calendar_file_of_an_unknown_year_is_not_found()
    {
        (await app.Client().GetAsync("/api/editions/1999/ceremony.ics")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
