using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.UnitTests.Absence.Analysis;

public sealed class ChangeSeriesTests
{
    [Fact]
    public void Affected_units_are_pooled_per_month_and_the_others_form_the_comparison()
    {
        var input = AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(20)), new(AnalysisInputs.South, AnalysisInputs.Month(24))]);

        var series = ChangeSeries.Build(input);

        var first = input.Cells.Where(c => c.Month == AnalysisInputs.FirstMonth).ToDictionary(c => c.UnitId, c => c.Totals);
        Assert.Equal(36, series.Months.Count);
        Assert.Equal(first[AnalysisInputs.North] + first[AnalysisInputs.South], series.Affected[0]);
        Assert.Equal(first[AnalysisInputs.Office] + first[AnalysisInputs.School], series.Comparison[0]);
        Assert.Equal(160, series.Total[0].Headcount);
        Assert.Equal([AnalysisInputs.Month(20), AnalysisInputs.Month(24)], series.GoLiveMonths);
    }

    [Fact]
    public void An_affected_parent_brings_its_whole_subtree_without_counting_a_child_twice()
    {
        var input = AnalysisInputs.Build([new(AnalysisInputs.Home, AnalysisInputs.Month(20)), new(AnalysisInputs.North, AnalysisInputs.Month(20))]);

        var series = ChangeSeries.Build(input);

        Assert.Equal(80, series.Affected[0].Headcount);
        Assert.Equal(80, series.Comparison[0].Headcount);
    }

    [Fact]
    public void A_unit_not_yet_live_is_neither_analysed_nor_compared_with()
    {
        var input = AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(20)), new(AnalysisInputs.South, null)]);

        var series = ChangeSeries.Build(input);

        Assert.Equal(40, series.Affected[0].Headcount);
        Assert.Equal(80, series.Comparison[0].Headcount);
        Assert.Equal([AnalysisInputs.Month(20)], series.GoLiveMonths);
    }

    [Theory]
    [InlineData(2024, 3, 1, 2024, 3)]
    [InlineData(2024, 3, 2, 2024, 4)]
    [InlineData(2024, 12, 15, 2025, 1)]
    public void A_unit_goes_live_in_its_first_whole_month_with_the_system(int y, int m, int d, int ey, int em) =>
        Assert.Equal(new DateOnly(ey, em, 1), ChangeSeries.FirstWholeMonth(new DateOnly(y, m, d)));
}
