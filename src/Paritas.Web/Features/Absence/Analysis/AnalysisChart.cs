using System.Globalization;
using System.Net;
using System.Text;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The chart of one analysis as inline SVG, drawn on the server: the band and line of what was
/// expected without the change, the fitted line, the observed months as dots, and a marker at each
/// go-live. Presentation attributes only — the content security policy forbids inline styles and
/// scripts. The data table beside it carries the same numbers for those who cannot see the chart.
/// </summary>
public static class AnalysisChart
{
    public const string ObservedColour = "#0b0c0c";
    public const string FittedColour = "#1d70b8";
    public const string ExpectedColour = "#6f777b";
    public const string BandColour = "#d2dbe5";
    public const string GoLiveColour = "#d4351c";

    private const double Width = 720, Height = 300, Left = 72, Right = 16, Top = 16, Bottom = 44;
    private static readonly CultureInfo Svg = CultureInfo.InvariantCulture;

    /// <param name="id">Unique on the page; the title and description ids derive from it.</param>
    /// <param name="format">Formats a value of the y axis for the reader's culture.</param>
    public static string Render(IndicatorAnalysis analysis, IReadOnlyList<DateOnly> goLives, string id, string title, string description, string goLiveLabel, Func<double, string> format, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(goLives);
        ArgumentNullException.ThrowIfNull(format);
        var points = analysis.Points;
        if (points.Count == 0)
        {
            return "";
        }

        var first = points[0].Month;
        var span = Math.Max(1, ChangeAnalysis.MonthsBetween(first, points[^1].Month));
        double X(DateOnly month) => Left + ((Width - Left - Right) * ChangeAnalysis.MonthsBetween(first, month) / span);
        var max = points.Max(p => Math.Max(p.Observed, Math.Max(p.Upper ?? 0, p.Fitted ?? 0)));
        var yMax = NiceCeiling(max <= 0 ? 1 : max * 1.05);
        double Y(double value) => Top + ((Height - Top - Bottom) * (1 - (value / yMax)));

        var svg = new StringBuilder();
        svg.Append(Svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        svg.Append(Svg, $"<title id=\"{id}-title\">{Text(title)}</title><desc id=\"{id}-desc\">{Text(description)}</desc>");

        for (var t = 0; t <= 4; t++)
        {
            var value = yMax * t / 4;
            var y = Y(value);
            svg.Append(Svg, $"<line x1=\"{Left:0.##}\" x2=\"{Width - Right:0.##}\" y1=\"{y:0.##}\" y2=\"{y:0.##}\" stroke=\"#e5e6e7\" stroke-width=\"1\"/>");
            svg.Append(Svg, $"<text x=\"{Left - 6:0.##}\" y=\"{y + 4:0.##}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{Text(format(value))}</text>");
        }

        foreach (var p in points.Where(p => p.Month.Month == 1 || p.Month == first))
        {
            var x = X(p.Month);
            svg.Append(Svg, $"<line x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{Height - Bottom:0.##}\" y2=\"{Height - Bottom + 5:0.##}\" stroke=\"#0b0c0c\"/>");
            svg.Append(Svg, $"<text x=\"{x:0.##}\" y=\"{Height - Bottom + 18:0.##}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">{Text(p.Month.ToDateTime(TimeOnly.MinValue).ToString("MMM yyyy", culture))}</text>");
        }

        svg.Append(Svg, $"<line x1=\"{Left:0.##}\" x2=\"{Width - Right:0.##}\" y1=\"{Height - Bottom:0.##}\" y2=\"{Height - Bottom:0.##}\" stroke=\"#0b0c0c\"/>");

        foreach (var segment in Segments(points))
        {
            var upper = string.Join(' ', segment.Select(p => Coordinate(X(p.Month), Y(p.Upper!.Value))));
            var lower = string.Join(' ', segment.AsEnumerable().Reverse().Select(p => Coordinate(X(p.Month), Y(p.Lower!.Value))));
            svg.Append(Svg, $"<polygon points=\"{upper} {lower}\" fill=\"{BandColour}\" stroke=\"none\"/>");
            svg.Append(Svg, $"<polyline points=\"{string.Join(' ', segment.Select(p => Coordinate(X(p.Month), Y(p.Counterfactual!.Value))))}\" fill=\"none\" stroke=\"{ExpectedColour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append(Svg, $"<polyline points=\"{string.Join(' ', segment.Select(p => Coordinate(X(p.Month), Y(p.Fitted!.Value))))}\" fill=\"none\" stroke=\"{FittedColour}\" stroke-width=\"2.5\"/>");
        }

        foreach (var p in points)
        {
            svg.Append(Svg, $"<circle cx=\"{X(p.Month):0.##}\" cy=\"{Y(p.Observed):0.##}\" r=\"3\" fill=\"{(p.PhaseIn ? "#ffffff" : ObservedColour)}\" stroke=\"{ObservedColour}\" stroke-width=\"1.5\"/>");
        }

        foreach (var goLive in goLives.Where(g => g >= first && g <= points[^1].Month))
        {
            var x = X(goLive);
            svg.Append(Svg, $"<line x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{Top:0.##}\" y2=\"{Height - Bottom:0.##}\" stroke=\"{GoLiveColour}\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>");
            svg.Append(Svg, $"<text x=\"{x - 4:0.##}\" y=\"{Top + 12:0.##}\" text-anchor=\"end\" font-size=\"12\" fill=\"{GoLiveColour}\">{Text(goLiveLabel)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Runs of consecutive fitted months: the phase-in breaks the lines and the band.</summary>
    private static List<AnalysisPoint[]> Segments(IReadOnlyList<AnalysisPoint> points)
    {
        var segments = new List<AnalysisPoint[]>();
        var current = new List<AnalysisPoint>();
        foreach (var p in points)
        {
            if (p.Fitted is null)
            {
                Flush();
                continue;
            }

            current.Add(p);
        }

        Flush();
        return segments;

        void Flush()
        {
            if (current.Count > 0)
            {
                segments.Add([.. current]);
                current.Clear();
            }
        }
    }

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Coordinate(double x, double y) => string.Create(Svg, $"{x:0.##},{y:0.##}");

    private static string Text(string value) => WebUtility.HtmlEncode(value);
}
