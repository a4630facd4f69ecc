using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.UnitTests.Absence.Analysis;

public sealed class ChangeAnalysisTests
{
    private static readonly AnalysisGoLive[] Staggered = [new(AnalysisInputs.North, AnalysisInputs.Month(27)), new(AnalysisInputs.South, AnalysisInputs.Month(30))];

    [Fact]
    public void A_rise_after_go_live_is_found_against_the_comparison_units()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build(Staggered, effect: 1.3));

        var rate = result.Indicators.Single(i => i.Indicator == AnalysisIndicator.AbsenceRate);
        Assert.Null(rate.NotEnough);
        Assert.True(rate.Controlled);
        Assert.True(rate.LevelChange!.SignificantlyHigher, $"level change {rate.LevelChange}");
        Assert.InRange(rate.LevelChange.Value, 1.15, 1.45);
        Assert.Equal((27, 6), (rate.MonthsBefore, rate.MonthsAfter));
        Assert.Equal(36, rate.Points.Count);
        Assert.Equal(3, rate.Points.Count(p => p.PhaseIn));
        Assert.All(rate.Points.Where(p => !p.PhaseIn), p => Assert.True(p.Lower <= p.Counterfactual && p.Counterfactual <= p.Upper));
    }

    [Fact]
    public void No_change_gives_an_interval_around_one()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build(Staggered, effect: 1.0));

        var rate = result.Indicators.Single(i => i.Indicator == AnalysisIndicator.AbsenceRate);
        Assert.True(rate.LevelChange!.Lower < 1 && rate.LevelChange.Upper > 1, $"level change {rate.LevelChange}");
    }

    [Fact]
    public void Units_going_live_in_different_months_get_a_staggered_difference_in_differences()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build(Staggered, effect: 1.3));

        var did = Assert.IsType<DidEstimate>(result.Did);
        Assert.Equal((2, 2), (did.TreatedUnits, did.ComparisonUnits));
        Assert.True(did.SignificantlyHigher, $"ATT {did}");
    }

    [Fact]
    public void A_short_series_gives_not_enough_data_and_no_numbers()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(4))], months: 8));

        Assert.All(result.Indicators, i =>
        {
            Assert.Equal(NotEnoughReason.TooShort, i.NotEnough);
            Assert.Empty(i.Points);
            Assert.Null(i.LevelChange);
        });
        Assert.Equal((4, 4), (result.Indicators[0].MonthsBefore, result.Indicators[0].MonthsAfter));
    }

    [Fact]
    public void Affected_units_smaller_than_k_together_give_not_enough_data()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(27))], northHeadcount: 9));

        Assert.All(result.Indicators, i => Assert.Equal(NotEnoughReason.TooSmall, i.NotEnough));
        Assert.Null(result.Did);
    }

    [Fact]
    public void The_organisations_own_minimum_above_the_floor_applies()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(27))], minimum: 50));

        Assert.All(result.Indicators, i => Assert.Equal(NotEnoughReason.TooSmall, i.NotEnough));
    }

    [Fact]
    public void Figures_that_would_reveal_a_few_remaining_employees_are_withheld()
    {
        var input = AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(27)), new(AnalysisInputs.South, AnalysisInputs.Month(27))]);
        var few = input with
        {
            Cells = [.. input.Cells.Where(c => c.UnitId != AnalysisInputs.School)
                .Select(c => c.UnitId == AnalysisInputs.Office ? c with { Totals = c.Totals with { Headcount = 4 } } : c)],
        };

        var result = ChangeAnalysis.Analyse(few);

        Assert.All(result.Indicators, i => Assert.Equal(NotEnoughReason.WouldRevealOthers, i.NotEnough));
    }

    [Fact]
    public void Without_a_go_live_in_the_data_there_is_nothing_to_analyse()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(40))]));

        Assert.All(result.Indicators, i => Assert.Equal(NotEnoughReason.NoGoLive, i.NotEnough));
    }

    [Fact]
    public void Comparison_units_too_small_leave_an_uncontrolled_series()
    {
        var input = AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(27)), new(AnalysisInputs.South, AnalysisInputs.Month(27))], effect: 1.3);
        var smallComparison = input with { Cells = [.. input.Cells.Where(c => c.UnitId is var u && u != AnalysisInputs.Office && u != AnalysisInputs.School)] };

        var rate = ChangeAnalysis.Analyse(smallComparison).Indicators[0];

        Assert.Null(rate.NotEnough);
        Assert.False(rate.Controlled);
        Assert.True(rate.LevelChange!.SignificantlyHigher);
    }
}
