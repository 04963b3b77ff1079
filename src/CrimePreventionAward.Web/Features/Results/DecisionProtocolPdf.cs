using System.Globalization;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure.Pdf;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>The decision protocol as a PDF, in the reader's language (Danish unless English is chosen).</summary>
public static class DecisionProtocolPdf
{
    public static byte[] Render(GetDecisionProtocol.Protocol p, IStringLocalizer l, DateTimeOffset signedAt)
    {
        using var pdf = new PdfText(l["Afgørelsesprotokol {0}", p.Year].Value);
        pdf.Title(l["Afgørelsesprotokol {0}", p.Year].Value);
        pdf.Paragraph($"{p.EditionName}. {l["Prisoverrækkelse:"].Value} {DanishTime.Format(p.CeremonyAt)}");

        pdf.Heading(l["Juryen"].Value);
        foreach (var j in p.Jury)
            pdf.Paragraph($"{j.Name}, {j.Organisation}{(j.IsChair ? $" ({l["formand"].Value})" : "")}");
        pdf.Heading(l["Inhabilitet"].Value);
        if (p.Conflicts.Count == 0) pdf.Paragraph(l["Ingen jurymedlemmer var inhabile."].Value);
        foreach (var c in p.Conflicts) pdf.Paragraph(l["{0} var inhabil i {1} og talte ikke med for den.", c.Juror, c.Nomination].Value);

        pdf.Heading(l["Metode"].Value);
        pdf.Paragraph(l["Schulze-metoden (stærkeste stier, vindende stemmer). Stemmelighed afgøres af de nomineredes gennemsnitlige bedømmelse og derefter juryformandens stemme."].Value
            + $" ({p.Method})");

        pdf.Heading(l["De nominerede"].Value);
        foreach (var n in p.Shortlist)
        {
            pdf.Paragraph($"{n.Label}  {n.Name}", strong: true);
            pdf.Paragraph(n.Justification);
        }

        var labels = p.Pairwise.Candidates.Select(id => p.Shortlist.FirstOrDefault(s => s.Id == id)?.Label ?? $"#{id}").ToList();
        IEnumerable<IReadOnlyList<string>> Rows(int[][] m) => labels.Select((label, i) =>
            (IReadOnlyList<string>)new[] { label }.Concat(m[i].Select((v, j) => i == j ? "–" : v.ToString(CultureInfo.InvariantCulture))).ToList());
        IReadOnlyList<string> header = new[] { "" }.Concat(labels).ToList();
        pdf.Heading(l["Parvise sammenligninger d"].Value);
        pdf.Paragraph(l["Antal jurymedlemmer, der foretrak rækkens nominerede frem for kolonnens."].Value);
        pdf.Table(header, Rows(p.Pairwise.D));
        pdf.Heading(l["Stærkeste stier p"].Value);
        pdf.Table(header, Rows(p.Pairwise.P));

        pdf.Heading(l["Afgørelsens trin"].Value);
        var step = 1;
        foreach (var t in p.TieBreaks)
        {
            var remaining = string.Join(", ", t.Remaining.Select(id => labels.ElementAtOrDefault(p.Pairwise.Candidates.ToList().IndexOf(id)) ?? $"#{id}"));
            pdf.Paragraph($"{step++}. {l[RuleName(t.Rule)].Value}: {l[t.Explanation].Value} → {remaining}");
        }

        pdf.Heading(l["Vinder"].Value);
        pdf.Paragraph($"{p.Winner.Label}  {p.Winner.Name}", strong: true);
        if (p.Justification.Length > 0) pdf.Paragraph(p.Justification);
        pdf.Paragraph(l["Afgjort af {0} den {1}.", p.DecidedBy, DanishTime.Format(p.DecidedAt)].Value);

        pdf.Heading(l["Revisionssporet"].Value);
        pdf.Paragraph(l["Revisionssporets seneste hash:"].Value);
        pdf.Paragraph(p.AuditHead ?? "–");
        pdf.Heading(l["Underskrift"].Value);
        pdf.Paragraph(l["Protokollen er dannet {0}.", DanishTime.Format(signedAt)].Value);
        pdf.Paragraph("______________________________");
        return pdf.ToBytes();
    }

    private static string RuleName(string rule) => rule switch
    {
        Domain.Voting.TieBreak.SchulzeRule => "Schulze-optælling",
        Domain.Voting.TieBreak.TallyRule => "Bedømmelsen",
        Domain.Voting.TieBreak.CastingVoteRule => "Formandens stemme",
        _ => rule,
    };
}
