namespace Paritas.Web.Features.Surveys;

/// <summary>One line of an export: exactly the cell as the page shows it, nulls where it is hidden.</summary>
public sealed record ResultRow(
    string UnitCode,
    string UnitName,
    string? Group,
    string Measure,
    string MeasureTitle,
    bool Suppressed,
    int? N,
    double? Mean,
    double? Lower,
    double? Upper,
    string? Distribution)
{
    public static IReadOnlyList<ResultRow> From(WaveResultsView view)
    {
        var names = view.Units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var measures = view.Measures.ToDictionary(m => m.Key, StringComparer.Ordinal);
        return [.. view.Cells.Select(c =>
        {
            var m = measures[c.MeasureKey];
            var distribution = c.Distribution is null || m.Options is null ? null
                : string.Join("; ", m.Options.Options.Select(o => $"{o.Label.Current}: {c.Distribution.GetValueOrDefault(o.Value)}"));
            return new ResultRow(c.UnitCode, names[c.UnitCode], c.GroupCode is null ? null : view.Dimension?.Group(c.GroupCode)?.Name ?? c.GroupCode,
                SurveysApi.MeasureId(c.MeasureKey), m.Title.Current, c.Suppressed, c.N, c.Mean, c.Lower, c.Upper, distribution);
        })];
    }
}
