namespace Paritas.Web.Features.Absence.Indicators;

/// <summary>Indicators per unit × month (and group), after the disclosure guard.</summary>
public sealed record IndicatorTable(
    string? Dimension,
    IReadOnlyList<string> Groups,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<IndicatorRow> Rows,
    int MinimumGroupSize)
{
    public int Shown => Rows.Count(r => !r.Suppressed);

    public int Hidden => Rows.Count(r => r.Suppressed);
}
