using Paritas.Statistics;
using Paritas.Statistics.TimeSeries;

namespace Paritas.UnitTests.Statistics;

public sealed class ControlledItsTests
{
    [Fact]
    public void A_comparison_series_with_the_same_counts_on_twice_the_exposure_shows_no_effect()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, true, ItsFamily.QuasiPoisson);
        var n = counts.Length;
        var stacked = new ItsDesign([.. design.Time, .. design.Time], [.. design.Post, .. design.Post]) { SlopeChange = true };
        var intervention = Enumerable.Range(0, 2 * n).Select(i => i < n).ToArray();

        var result = InterruptedTimeSeries.FitControlled(
            [.. counts, .. counts],
            [.. exposure, .. exposure.Select(e => 2 * e)],
            new ControlledItsDesign(stacked, intervention));

        var terms = result.Terms.ToDictionary(t => t.Term);
        Assert.Equal(
            ["intercept", "level_change", "time", "slope_change", "group", "group_level_change", "group_time", "group_slope_change"],
            result.Terms.Select(t => t.Term));
        Close.Relative(Math.Log(2), terms["group"].Estimate, 1e-6, "group");
        Assert.InRange(terms["group_level_change"].Estimate, -1e-7, 1e-7);
        Assert.InRange(terms["group_time"].Estimate, -1e-9, 1e-9);
        Assert.InRange(terms["group_slope_change"].Estimate, -1e-8, 1e-8);
        Assert.Equal(2 * n - 8, result.ResidualDf);
        // Counterfactual of the intervention series removes only its own post-go-live difference,
        // which is nil here, so it coincides with the fit.
        Assert.All(result.Points, p => Close.Relative(p.FittedRate, p.CounterfactualRate, 1e-6, "counterfactual"));
    }

    [Fact]
    public void The_common_terms_equal_the_single_series_fit_when_both_series_agree()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, false, ItsFamily.Poisson);
        var stacked = design with { Time = [.. design.Time, .. design.Time], Post = [.. design.Post, .. design.Post] };
        var intervention = Enumerable.Range(0, 2 * counts.Length).Select(i => i < counts.Length).ToArray();

        var result = InterruptedTimeSeries.FitControlled([.. counts, .. counts], [.. exposure, .. exposure], new ControlledItsDesign(stacked, intervention));

        foreach (var expected in SicilyReference.M1)
        {
            Close.Relative(expected.Estimate, result.Terms.Single(t => t.Term == expected.Term).Estimate, 1e-6, expected.Term);
        }
    }

    [Fact]
    public void Newey_West_is_refused_for_stacked_series()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, false, ItsFamily.Poisson);
        var stacked = design with { Time = [.. design.Time, .. design.Time], Post = [.. design.Post, .. design.Post], NeweyWestLag = 2 };
        var intervention = Enumerable.Range(0, 2 * counts.Length).Select(i => i < counts.Length).ToArray();

        Assert.Throws<AnalysisInputException>(() => InterruptedTimeSeries.FitControlled([.. counts, .. counts], [.. exposure, .. exposure], new ControlledItsDesign(stacked, intervention)));
    }
}
