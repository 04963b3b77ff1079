using System.Globalization;
using CrimePreventionAward.Web.Infrastructure.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>The jury pack as a PDF, in the reader's language (the nominations' own texts stay as written).</summary>
public static class JuryPackPdf
{
    /// <summary>The PDF as a download; it holds nominations' texts, so it is never cached.</summary>
    public static FileContentResult Download(GetJuryPack.Pack p, IStringLocalizer l, HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        return new FileContentResult(Render(p, l), "application/pdf") { FileDownloadName = $"jurypakke-{p.Year}.pdf" };
    }

    public static byte[] Render(GetJuryPack.Pack p, IStringLocalizer l)
    {
        using var pdf = new PdfText(l["Jurypakke {0}", p.Year].Value);
        pdf.Title(l["Jurypakke {0}", p.Year].Value);
        pdf.Paragraph(p.EditionName);
        pdf.Paragraph(p.JurorName is null ? l["Sekretariatets udgave med alle godkendte indstillinger."].Value
            : l["Til {0}. Indstillinger, du er inhabil i, er udeladt.", p.JurorName].Value);

        pdf.Heading(l["Bedømmelseskriterier"].Value);
        foreach (var c in p.Criteria)
        {
            var weight = c.Weight.ToString("0.##", CultureInfo.CurrentCulture);
            pdf.Paragraph($"{l[c.Name].Value} ({l["vægt {0}, skala {1}–{2}", weight, c.ScaleMin, c.ScaleMax].Value})", strong: true);
            if (c.Description.Length > 0) pdf.Paragraph(l[c.Description].Value);
            foreach (var (point, anchor) in new[] { (c.ScaleMin, c.AnchorLow), ((c.ScaleMin + c.ScaleMax) / 2, c.AnchorMid), (c.ScaleMax, c.AnchorHigh) })
                if (anchor.Length > 0) pdf.Paragraph($"{point}: {l[anchor].Value}");
        }

        pdf.Heading(l["Indstillinger"].Value);
        if (p.Nominations.Count == 0) pdf.Paragraph(l["Der er endnu ingen godkendte indstillinger at bedømme."].Value);
        foreach (var (n, attachments) in p.Nominations)
        {
            pdf.Heading($"{n.Reference} {n.Title}");
            foreach (var (label, value) in n.Facts)
                if (!string.IsNullOrWhiteSpace(value)) pdf.Paragraph($"{l[label].Value}: {value}");
            foreach (var (heading, text) in n.Texts)
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                pdf.Paragraph(l[heading].Value, strong: true);
                pdf.Paragraph(text);
            }
            if (attachments.Count == 0) continue;
            pdf.Paragraph(l["Bilag"].Value, strong: true);
            foreach (var name in attachments) pdf.Paragraph($"• {name}");
        }
        return pdf.ToBytes();
    }
}
