using Paritas.Statistics;
using Paritas.Statistics.DifferenceInDifferences;

namespace Paritas.UnitTests.Statistics;

public sealed class StaggeredDifferenceInDifferencesTests
{
    private static DidResult Run(DidControlGroup control)
    {
        var (units, periods, outcomes, firstTreated) = MpdtaReference.Load();
        return StaggeredDifferenceInDifferences.Estimate(units, periods, outcomes, firstTreated, control);
    }

    [Fact]
    public void Group_time_effects_reproduce_R_did()
    {
        var result = Run(DidControlGroup.NeverTreated);

        Assert.Equal(500, result.Units);
        Assert.Equal(MpdtaReference.GroupTime.Select(r => (r.Group, r.Time)), result.GroupTime.Select(r => (r.Group, r.Time)));
        foreach (var (expected, actual) in MpdtaReference.GroupTime.Zip(result.GroupTime))
        {
            Close.Relative(expected.Att, actual.Att, 1e-6, $"ATT({expected.Group},{expected.Time})");
            Close.Relative(expected.StdError, actual.StdError, 1e-4, $"SE({expected.Group},{expected.Time})");
        }
    }

    [Fact]
    public void Simple_aggregation_reproduces_R_aggte()
    {
        var simple = Run(DidControlGroup.NeverTreated).Simple;

        Close.Relative(MpdtaReference.Simple.Att, simple.Att, 1e-6, "simple ATT");
        Close.Relative(MpdtaReference.Simple.StdError, simple.StdError, 1e-4, "simple SE");
    }

    [Fact]
    public void Dynamic_aggregation_reproduces_R_aggte_and_its_event_study()
    {
        var dynamic = Run(DidControlGroup.NeverTreated).Dynamic;

        Close.Relative(MpdtaReference.Dynamic.Att, dynamic.Att, 1e-6, "dynamic ATT");
        Close.Relative(MpdtaReference.Dynamic.StdError, dynamic.StdError, 1e-4, "dynamic SE");
        Assert.Equal(MpdtaReference.EventStudy.Select(e => e.EventTime), dynamic.ByEventTime.Select(e => e.EventTime));
        foreach (var (expected, actual) in MpdtaReference.EventStudy.Zip(dynamic.ByEventTime))
        {
            Close.Relative(expected.Att, actual.Att, 1e-6, $"ATT(e={expected.EventTime})");
            Close.Relative(expected.StdError, actual.StdError, 1e-4, $"SE(e={expected.EventTime})");
        }
    }

    [Fact]
    public void Group_aggregation_reproduces_R_aggte()
    {
        var group = Run(DidControlGroup.NeverTreated).Group;

        Close.Relative(MpdtaReference.Group.Att, group.Att, 1e-6, "group ATT");
        Close.Relative(MpdtaReference.Group.StdError, group.StdError, 1e-4, "group SE");
        Assert.Equal([2004, 2006, 2007], group.ByGroup.Select(g => g.Group));
        // A cohort's effect is the mean of its post-treatment ATT(g,t) from the reference table.
        Close.Relative((-0.01050324622 - 0.0704231581 - 0.1372587389 - 0.1008113631) / 4, group.ByGroup[0].Att, 1e-6, "cohort 2004");
        Close.Relative(-0.02605441072, group.ByGroup[2].Att, 1e-6, "cohort 2007");
        Close.Relative(0.016655435, group.ByGroup[2].StdError, 1e-4, "cohort 2007 SE");
    }

    [Fact]
    public void Not_yet_treated_comparison_gives_different_but_sane_estimates()
    {
        var never = Run(DidControlGroup.NeverTreated);
        var notYet = Run(DidControlGroup.NotYetTreated);

        Assert.Equal(DidControlGroup.NotYetTreated, notYet.Control);
        Assert.Equal(never.GroupTime.Select(c => (c.Group, c.Time)), notYet.GroupTime.Select(c => (c.Group, c.Time)));

        // Cells whose comparison group is the same under both rules must agree: the 2007
        // cohort in 2007 and every cohort in 2007 compare with never-treated units only.
        foreach (var cell in notYet.GroupTime.Where(c => c.Time == 2007))
        {
            var same = never.GroupTime.Single(c => c.Group == cell.Group && c.Time == cell.Time);
            Close.Relative(same.Att, cell.Att, 1e-12, $"ATT({cell.Group},2007)");
        }

        // Earlier cells gain the later cohorts as comparison units, which changes the estimate
        // and, with more comparison units, tends to narrow the interval.
        var early = notYet.GroupTime.Single(c => c.Group == 2004 && c.Time == 2004);
        Assert.NotEqual(MpdtaReference.GroupTime[0].Att, early.Att);
        Assert.True(early.StdError < MpdtaReference.GroupTime[0].StdError);
        Assert.NotEqual(never.Simple.Att, notYet.Simple.Att);
        Assert.InRange(notYet.Simple.Att, -0.1, 0.0);
        Assert.InRange(notYet.Simple.StdError, 0.005, 0.03);
        Assert.InRange(Math.Abs(notYet.Simple.Att - never.Simple.Att), 0, 2 * never.Simple.StdError);
        Assert.All(notYet.GroupTime, c => Assert.True(double.IsFinite(c.Att) && c.StdError > 0));
    }

    [Fact]
    public void A_panel_without_never_treated_units_is_refused_under_never_treated_control()
    {
        var (units, periods, outcomes, firstTreated) = MpdtaReference.Load();
        var treated = Enumerable.Range(0, units.Length).Where(i => firstTreated[i] != 0).ToArray();

        var error = Assert.Throws<AnalysisInputException>(() => StaggeredDifferenceInDifferences.Estimate(
            treated.Select(i => units[i]).ToArray(),
            treated.Select(i => periods[i]).ToArray(),
            treated.Select(i => outcomes[i]).ToArray(),
            treated.Select(i => firstTreated[i]).ToArray(),
            DidControlGroup.NeverTreated));

        Assert.Contains("no never-treated units", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_never_treated_units_the_last_cohort_serves_as_comparison()
    {
        var (units, periods, outcomes, firstTreated) = MpdtaReference.Load();
        var treated = Enumerable.Range(0, units.Length).Where(i => firstTreated[i] != 0).ToArray();

        var result = StaggeredDifferenceInDifferences.Estimate(
            treated.Select(i => units[i]).ToArray(),
            treated.Select(i => periods[i]).ToArray(),
            treated.Select(i => outcomes[i]).ToArray(),
            treated.Select(i => firstTreated[i]).ToArray(),
            DidControlGroup.NotYetTreated);

        // Periods from 2007 on are dropped and the 2007 cohort is only a comparison group.
        Assert.Equal([(2004, 2004), (2004, 2005), (2004, 2006), (2006, 2004), (2006, 2005), (2006, 2006)], result.GroupTime.Select(c => (c.Group, c.Time)));
    }

    [Fact]
    public void An_unbalanced_panel_is_refused()
    {
        var (units, periods, outcomes, firstTreated) = MpdtaReference.Load();

        var error = Assert.Throws<AnalysisInputException>(() => StaggeredDifferenceInDifferences.Estimate(
            units.AsSpan(1), periods.AsSpan(1), outcomes.AsSpan(1), firstTreated.AsSpan(1), DidControlGroup.NeverTreated));

        Assert.Contains("unbalanced", error.Message, StringComparison.Ordinal);
    }
}
