namespace Paritas.Web.Features.Surveys;

/// <summary>A wave's results in one breakdown, as every page, export and API answer shows them.</summary>
public sealed record WaveResultsView(
    WaveHeader Wave,
    Instrument Instrument,
    int MinimumGroup,
    WaveDimension? Dimension,
    IReadOnlyList<ResultUnit> Units,
    IReadOnlyList<WaveMeasure> Measures,
    IReadOnlyList<ResultCell> Cells,
    IReadOnlyList<OpenCount> OpenCounts)
{
    public ResultCell? Cell(string unit, string? group, string measure)
        => Cells.FirstOrDefault(c => c.UnitCode == unit && c.GroupCode == group && c.MeasureKey == measure);

    public int Shown => Cells.Count(c => !c.Suppressed);

    public int Hidden => Cells.Count(c => c.Suppressed);
}
