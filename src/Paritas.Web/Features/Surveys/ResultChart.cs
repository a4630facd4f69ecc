using System.Globalization;
using System.Net;
using System.Text;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// A server-side SVG of means (0–100) with their 95% intervals, one bar per released row. Hidden
/// rows get a label and no bar: the chart never draws what the table hides. The table beside it
/// carries the same numbers for screen readers.
/// </summary>
public static class ResultChart
{
    public sealed record Bar(string Label, double? Mean, double? Lower, double? Upper);

    public static string Svg(string title, IReadOnlyList<Bar> bars, string hiddenText)
    {
        const int labelWidth = 180, plotWidth = 300, rowHeight = 24, top = 20;
        var height = top + (bars.Count * rowHeight) + 10;
        var width = labelWidth + plotWidth + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\"><title>{E(title)}</title>");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = labelWidth + (tick * plotWidth / 100.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{top - 4}\" x2=\"{x:0.#}\" y2=\"{height - 10}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/><text x=\"{x:0.#}\" y=\"{top - 8}\" text-anchor=\"middle\">{tick}</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = top + (i * rowHeight);
            var label = b.Label.Length > 28 ? b.Label[..27] + "…" : b.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 16}\" text-anchor=\"end\">{E(label)}</text>");
            if (b.Mean is { } mean)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 5}\" width=\"{mean * plotWidth / 100:0.#}\" height=\"14\" fill=\"#1d70b8\"/>");
                if (b.Lower is { } lower && b.Upper is { } upper)
                {
                    double X(double v) => labelWidth + (Math.Clamp(v, 0, 100) * plotWidth / 100);
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(lower):0.#}\" y1=\"{y + 12}\" x2=\"{X(upper):0.#}\" y2=\"{y + 12}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>");
                }
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + 4}\" y=\"{y + 16}\" font-style=\"italic\">{E(hiddenText)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
