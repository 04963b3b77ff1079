using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CrimePreventionAward.Web.Infrastructure.Pdf;

/// <summary>A4 pages of flowing text: headings, wrapped paragraphs and small tables, with page breaks as needed.</summary>
public sealed class PdfText : IDisposable
{
    private const double Margin = 50;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly PdfDocument document = new();
    private readonly XFont body;
    private readonly XFont bold;
    private readonly XFont heading;
    private PdfPage page = null!;
    private XGraphics graphics = null!;
    private double y;

    public PdfText(string title)
    {
        DejaVuFonts.Install();
        document.Info.Title = title;
        body = new XFont(DejaVuFonts.Family, 9.5, XFontStyleEx.Regular, Unicode);
        bold = new XFont(DejaVuFonts.Family, 9.5, XFontStyleEx.Bold, Unicode);
        heading = new XFont(DejaVuFonts.Family, 13, XFontStyleEx.Bold, Unicode);
        NewPage();
    }

    private double Width => page.Width.Point - 2 * Margin;

    public void Title(string text)
    {
        Line(text, new XFont(DejaVuFonts.Family, 17, XFontStyleEx.Bold, Unicode), 24);
        y += 4;
    }

    public void Heading(string text)
    {
        y += 8;
        Line(text, heading, 18);
    }

    public void Paragraph(string text, bool strong = false)
    {
        foreach (var line in Wrap(text, strong ? bold : body, Width)) Line(line, strong ? bold : body, 13);
        y += 3;
    }

    /// <summary>A table with equal columns after a wider first one; cells are cut to fit.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var first = Math.Min(Width * 0.4, Width / header.Count * 2);
        var rest = header.Count > 1 ? (Width - first) / (header.Count - 1) : 0;
        void Row(IReadOnlyList<string> cells, XFont font)
        {
            Room(13);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var w = i == 0 ? first : rest;
                graphics.DrawString(Fit(cells[i], font, w - 4), font, XBrushes.Black, new XPoint(x, y));
                x += w;
            }
            y += 13;
        }
        Row(header, bold);
        foreach (var row in rows) Row(row, body);
        y += 4;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void Line(string text, XFont font, double height)
    {
        Room(height);
        graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin, y));
        y += height;
    }

    private void Room(double height)
    {
        if (y + height > page.Height.Point - Margin) NewPage();
    }

    private void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin + 10;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else line = candidate;
            }
            yield return line;
        }
    }

    private string Fit(string text, XFont font, double width)
    {
        if (graphics.MeasureString(text, font).Width <= width) return text;
        while (text.Length > 1 && graphics.MeasureString(text + "…", font).Width > width) text = text[..^1];
        return text + "…";
    }

    public void Dispose()
    {
        graphics.Dispose();
        document.Dispose();
    }
}
