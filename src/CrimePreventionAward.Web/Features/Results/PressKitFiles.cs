using System.IO.Compression;
using System.Text;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Pdf;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// The press kit as one zip: a Danish press release draft (PDF, and as plain text to edit), the nominees' public
/// texts and the ceremony programme as PDFs. Danish throughout: it is written for the Danish press.
/// </summary>
public static class PressKitFiles
{
    public static byte[] Zip(GetPressKit.Kit kit)
    {
        var release = ReleaseText(kit);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, $"pressemeddelelse-{kit.Year}.pdf", Pdf($"Pressemeddelelse {kit.Year}", release));
            Add(zip, $"pressemeddelelse-{kit.Year}.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n\r\n", release))]);
            Add(zip, $"nominerede-{kit.Year}.pdf", NomineesPdf(kit));
            Add(zip, $"program-{kit.Year}.pdf", ProgrammePdf(kit));
        }
        return buffer.ToArray();
    }

    /// <summary>The release as paragraphs; the first is its headline.</summary>
    public static IReadOnlyList<string> ReleaseText(GetPressKit.Kit kit)
    {
        var c = kit.Ceremony;
        var w = kit.Winner;
        var others = kit.Nominees.Where(n => n.Id != w.Id).ToList();
        var lines = new List<string>
        {
            $"{w.Title} vinder {kit.EditionName}",
            $"{w.Title}{Who(w)} modtager {kit.EditionName} og {Money(c.PrizeAmountDkk)}. Prisen overrækkes af {c.Presenter} "
                + $"ved prisoverrækkelsen {DanishTime.Format(c.StartsAt)} i {c.Venue}, {c.Address}.",
            $"Juryens begrundelse: {kit.WinnerJustification}",
            others.Count == 0
                ? "Det Kriminalpræventive Råd nominerede i år én kandidat."
                : $"Det Kriminalpræventive Råd nominerede i år {kit.Nominees.Count} kandidater. De øvrige nominerede var:",
        };
        lines.AddRange(others.Select(n => $"{n.Title}{Who(n)}: {n.Justification}"));
        lines.Add("Den Kriminalpræventive Pris uddeles hvert år af Det Kriminalpræventive Råd til en person, et projekt eller en gruppe, "
            + "der har gjort en særlig indsats for at forebygge kriminalitet.");
        return lines;
    }

    private static string Who(GetPressKit.Nominee n) =>
        string.Join(", ", new[] { n.CandidateName, n.Organisation }.Where(x => !string.IsNullOrWhiteSpace(x) && x != n.Title)) is { Length: > 0 } who
            ? $" ({who})" : "";

    private static string Money(int dkk) => $"{dkk.ToString("N0", DanishTime.Culture)} kr.";

    private static byte[] Pdf(string title, IReadOnlyList<string> paragraphs)
    {
        using var pdf = new PdfText(title);
        pdf.Title(paragraphs[0]);
        foreach (var p in paragraphs.Skip(1)) pdf.Paragraph(p);
        return pdf.ToBytes();
    }

    private static byte[] NomineesPdf(GetPressKit.Kit kit)
    {
        using var pdf = new PdfText($"De nominerede {kit.Year}");
        pdf.Title($"De nominerede til {kit.EditionName}");
        foreach (var n in kit.Nominees)
        {
            pdf.Heading(n.Title);
            if (Who(n) is { Length: > 0 } who) pdf.Paragraph(who.Trim(' ', '(', ')'), strong: true);
            if (!string.IsNullOrWhiteSpace(n.Description)) pdf.Paragraph(n.Description);
            pdf.Paragraph($"Begrundelse for nomineringen: {n.Justification}");
        }
        return pdf.ToBytes();
    }

    private static byte[] ProgrammePdf(GetPressKit.Kit kit)
    {
        var c = kit.Ceremony;
        using var pdf = new PdfText($"Program {kit.Year}");
        pdf.Title($"Program for prisoverrækkelsen {kit.Year}");
        pdf.Paragraph($"{DanishTime.Format(c.StartsAt)}, {c.Venue}, {c.Address}. Prisen overrækkes af {c.Presenter}.");
        pdf.Table(["Kl.", "Programpunkt", "Ved"],
            c.Programme.Select(i => (IReadOnlyList<string>)[DanishTime.ToLocal(i.StartsAt).ToString("HH:mm", DanishTime.Culture), i.Title, i.Speaker ?? ""]));
        return pdf.ToBytes();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }
}
