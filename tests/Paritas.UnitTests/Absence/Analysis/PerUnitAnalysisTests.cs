using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.UnitTests.Absence.Analysis;

/// <summary>Each affected unit on its own, beside the pooled series: shown when large enough, "not enough data yet" otherwise, never enough to subtract.</summary>
public sealed class PerUnitAnalysisTests
{
    private static readonly AnalysisGoLive[] Staggered = [new(AnalysisInputs.North, AnalysisInputs.Month(20)), new(AnalysisInputs.South, AnalysisInputs.Month(26))];

    [Fact]
    public void Units_that_went_live_separately_are_each_analysed_with_their_own_go_live()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build(Staggered, effect: 1.4));

        Assert.Equal([("NORTH", AnalysisInputs.Month(20)), ("SOUTH", AnalysisInputs.Month(26))], result.Units.Select(u => (u.UnitCode, u.GoLiveMonth)));
        Assert.All(result.Units, u => Assert.All(u.Indicators, i => Assert.True(i.IsShown, $"{u.UnitCode} {i.Indicator}: {i.NotEnough}")));
        Assert.All(result.Units, u => Assert.True(u.Indicators.Single(i => i.Indicator == AnalysisIndicator.AbsenceRate).LevelChange!.SignificantlyHigher));
    }

    [Fact]
    public void A_unit_below_k_shows_no_numbers_and_neither_does_the_unit_that_would_reveal_it_by_subtraction()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build(Staggered, effect: 1.4, northHeadcount: 6));

        // Pooled, NORTH and SOUTH together are 46 people: shown. Alone, NORTH is 6 (below K = 10), and
        // SOUTH's figures subtracted from the pooled ones would give NORTH's.
        Assert.All(result.Indicators, i => Assert.True(i.IsShown));
        Assert.Equal(2, result.Units.Count);
        Assert.All(result.Units, u => Assert.All(u.Indicators, i => Assert.Equal(NotEnoughReason.TooSmall, i.NotEnough)));
        Assert.All(result.Units, u => Assert.All(u.Indicators, i => Assert.Null(i.LevelChange)));
    }

    [Fact]
    public void A_single_affected_unit_has_no_separate_analysis_beside_the_pooled_one()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build([new(AnalysisInputs.Home, AnalysisInputs.Month(20))], effect: 1.4));

        Assert.Empty(result.Units);
    }

    [Fact]
    public void A_unit_that_went_live_too_recently_gets_not_enough_data_yet()
    {
        var result = ChangeAnalysis.Analyse(AnalysisInputs.Build([new(AnalysisInputs.North, AnalysisInputs.Month(20)), new(AnalysisInputs.South, AnalysisInputs.Month(34))]));

        var south = Assert.Single(result.Units, u => u.UnitCode == "SOUTH");
        Assert.All(south.Indicators, i => Assert.Equal(NotEnoughReason.TooShort, i.NotEnough));
        Assert.All(Assert.Single(result.Units, u => u.UnitCode == "NORTH").Indicators, i => Assert.True(i.IsShown));
    }
}
