using System.Globalization;
using System.Net;
using System.Text;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>
/// Small hand-written SVG charts for the year page. Each is an image with a title; the page puts the same numbers in
/// a table beside it, so the chart never is the only way to read them. Labels are HTML-encoded.
/// </summary>
public static class OverviewCharts
{
    private const int BarHeight = 16, Gap = 6, LabelWidth = 230, BarsWidth = 300;

    /// <summary>One horizontal bar per row; <paramref name="max"/> is the full width (at least the largest value).</summary>
    public static string Bars(string id, string title, IReadOnlyList<(string Label, int Value, int? Of)> rows)
    {
        var max = Math.Max(1, rows.Select(r => Math.Max(r.Value, r.Of ?? 0)).DefaultIfEmpty(1).Max());
        var height = rows.Count * (BarHeight + Gap) + Gap;
        var width = LabelWidth + BarsWidth + 70;
        var svg = Open(id, title, width, height);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, of) = rows[i];
            var y = Gap + i * (BarHeight + Gap);
            svg.Append(I($"<text x=\"0\" y=\"{y + BarHeight - 4}\">{E(Shorten(label))}</text>"));
            if (of is { } total)
                svg.Append(I($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{total * BarsWidth / max}\" height=\"{BarHeight}\" fill=\"#d8e6ef\" />"));
            svg.Append(I($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(1, value * BarsWidth / max)}\" height=\"{BarHeight}\" fill=\"#1a6d9f\" />"));
            var text = of is { } all ? $"{value}/{all}" : value.ToString(CultureInfo.InvariantCulture);
            svg.Append(I($"<text x=\"{LabelWidth + Math.Max(value, of ?? 0) * BarsWidth / max + 4}\" y=\"{y + BarHeight - 4}\">{text}</text>"));
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Submissions per day as columns, with a line at the deadline's day when it is on the chart.</summary>
    public static string PerDay(string id, string title, IReadOnlyList<GetYearOverview.Count> days, DateOnly deadline, string deadlineText)
    {
        const int plotHeight = 120, top = 18, column = 12;
        var max = Math.Max(1, days.Select(d => d.Value).DefaultIfEmpty(1).Max());
        var width = Math.Max(200, days.Count * column + 60);
        var svg = Open(id, title, width, plotHeight + top + 34);
        for (var i = 0; i < days.Count; i++)
        {
            var h = days[i].Value * plotHeight / max;
            svg.Append(I($"<rect x=\"{i * column + 1}\" y=\"{top + plotHeight - h}\" width=\"{column - 2}\" height=\"{h}\" fill=\"#1a6d9f\" />"));
            if (days[i].Label == deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                var x = i * column + column;
                svg.Append(I($"<line x1=\"{x}\" y1=\"{top - 6}\" x2=\"{x}\" y2=\"{top + plotHeight}\" stroke=\"#a01\" stroke-dasharray=\"4 2\" />"));
                svg.Append(I($"<text x=\"{Math.Max(0, x - 40)}\" y=\"{top - 8}\" fill=\"#a01\">{E(deadlineText)}</text>"));
            }
        }
        if (days.Count > 0)
        {
            svg.Append(I($"<text x=\"0\" y=\"{top + plotHeight + 16}\">{E(days[0].Label)}</text>"));
            svg.Append(I($"<text x=\"{Math.Max(80, days.Count * column - 70)}\" y=\"{top + plotHeight + 30}\">{E(days[^1].Label)}</text>"));
        }
        svg.Append(I($"<text x=\"{width - 40}\" y=\"{top + 10}\">max {max}</text>"));
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, int width, int height) => new StringBuilder()
        .Append(I($"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{id}-title" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12" class="chart">"""))
        .Append(I($"<title id=\"{id}-title\">{E(title)}</title>"));

    private static string Shorten(string label) => label.Length > 34 ? label[..33] + "…" : label;

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
