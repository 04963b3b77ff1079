using System.Globalization;
using System.Net;
using System.Text;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Results;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>
/// A hand-written SVG: per nomination one bar per juror (the juror's weighted mean on the scale), missing and
/// conflicted written out instead of drawn as zero. Every name is HTML-encoded; the fixed texts come from our own
/// resource files (Danish keys, English through the localizer passed in).
/// </summary>
public static class ScoreChart
{
    private const int BarHeight = 14, Gap = 4, LabelWidth = 260, ChartWidth = 360, GroupGap = 18;

    public static string Render(GetResults.Result r, Func<int, string> jurorLabel, IStringLocalizer l)
    {
        var jurors = r.Jurors ?? [];
        var groupHeight = jurors.Count * (BarHeight + Gap) + 22 + GroupGap;
        var height = Math.Max(40, r.Rows.Count * groupHeight + 10);
        var width = LabelWidth + ChartWidth + 80;
        var range = Math.Max(1e-9, r.ScaleMax - r.ScaleMin);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{l["Bedømmelser pr. indstilling og jurymedlem"].Value}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-desc\">{l["Vægtet gennemsnit fra hvert jurymedlem på skalaen {0}–{1}; manglende og inhabile er skrevet ud.", F(r.ScaleMin), F(r.ScaleMax)].Value}</desc>");
        for (var i = 0; i < r.Rows.Count; i++)
        {
            var row = r.Rows[i];
            var top = i * groupHeight + 10;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 12}\" font-weight=\"bold\">{E(row.Name)}</text>");
            for (var j = 0; j < jurors.Count; j++)
            {
                var y = top + 20 + j * (BarHeight + Gap);
                var textY = y + BarHeight - 3;
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{textY}\">{E(jurorLabel(j))}</text>");
                if (row.Scores?[j] is { } v)
                {
                    var w = Math.Max(2, (v - r.ScaleMin) / range * ChartWidth);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{F(w)}\" height=\"{BarHeight}\" fill=\"#1a6d9f\" />");
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(LabelWidth + w + 4)}\" y=\"{textY}\">{v.ToString("0.00", DanishTime.Culture)}</text>");
                }
                else
                {
                    var what = l[row.Conflicted?[j] == true ? "inhabil" : "mangler"].Value;
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{textY}\" fill=\"#a01\" font-style=\"italic\">{what}</text>");
                }
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);
}
