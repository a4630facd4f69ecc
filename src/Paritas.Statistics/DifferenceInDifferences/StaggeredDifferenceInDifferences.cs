namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>
/// Callaway &amp; Sant'Anna (2021) group-time average treatment effects on a balanced panel
/// without covariates, with the "varying" base period and analytic influence-function
/// standard errors, and the simple, dynamic and group aggregations — the numbers R's
/// did 2.3.0 gives for att_gt(xformla = ~1, base_period = "varying", bstrap = FALSE) and aggte.
/// </summary>
public static class StaggeredDifferenceInDifferences
{
    // did's doubly robust estimator trims comparison units whose propensity score reaches
    // 0.995; without covariates that score is the cohort's share of the cell, and trimming
    // every comparison unit leaves no estimate.
    private const double MaximumTreatedShare = 0.995;

    /// <param name="units">Unit identifier of each row.</param>
    /// <param name="periods">Period of each row (e.g. year, or month number); consecutive integers need not be.</param>
    /// <param name="outcomes">Outcome of each row.</param>
    /// <param name="firstTreated">The unit's first treated period, 0 if never treated; the same in all its rows.</param>
    public static DidResult Estimate(
        ReadOnlySpan<string> units,
        ReadOnlySpan<int> periods,
        ReadOnlySpan<double> outcomes,
        ReadOnlySpan<int> firstTreated,
        DidControlGroup control)
    {
        var panel = BalancedPanel.Build(units, periods, outcomes, firstTreated, control);
        var cells = GroupTimeEffects(panel, control);
        var n = panel.UnitCount;
        var shareOf = panel.Cohorts.Where(g => g > 0).GroupBy(g => g).ToDictionary(g => g.Key, g => (double)g.Count() / n);

        var groupTime = cells.Select(c => new GroupTimeEffect(c.Group, c.Time, c.Att, InfluenceFunction.StandardError(c.Influence))).ToArray();
        return new DidResult(control, n, groupTime, Simple(cells, panel, shareOf), Dynamic(cells, panel, shareOf), Group(cells, panel, shareOf));
    }

    private static List<GroupTimeCell> GroupTimeEffects(BalancedPanel panel, DidControlGroup control)
    {
        var periods = panel.Periods;
        var cohorts = panel.Cohorts;
        var n = panel.UnitCount;
        var anyNeverTreated = cohorts.Contains(0);
        var lastCohort = cohorts.Max();
        var groups = cohorts
            .Where(g => g > periods[0] && g <= periods[^1] && (anyNeverTreated || g < lastCohort))
            .Distinct()
            .Order()
            .ToArray();
        if (groups.Length == 0)
        {
            throw new AnalysisInputException("No cohort goes live after the first period of the panel; there is nothing to estimate.");
        }

        var cells = new List<GroupTimeCell>(groups.Length * (periods.Length - 1));
        var change = new double[n];
        foreach (var group in groups)
        {
            // Post-treatment periods are all compared with the last period before go-live.
            var lastPre = Array.FindLastIndex(periods, p => p < group);
            for (var current = 1; current < periods.Length; current++)
            {
                var time = periods[current];
                var post = group <= time;
                var baseIndex = post ? lastPre : current - 1;

                double treatedSum = 0, controlSum = 0;
                int treatedCount = 0, controlCount = 0;
                var role = new sbyte[n];
                for (var u = 0; u < n; u++)
                {
                    var g = cohorts[u];
                    if (g == group)
                    {
                        role[u] = 1;
                    }
                    else if (g == 0 || (control == DidControlGroup.NotYetTreated && g > time))
                    {
                        role[u] = -1;
                    }
                    else
                    {
                        continue;
                    }

                    change[u] = panel.Outcome(u, current) - panel.Outcome(u, baseIndex);
                    if (role[u] > 0)
                    {
                        treatedSum += change[u];
                        treatedCount++;
                    }
                    else
                    {
                        controlSum += change[u];
                        controlCount++;
                    }
                }

                if (controlCount == 0 || (double)treatedCount / (treatedCount + controlCount) >= MaximumTreatedShare)
                {
                    throw new AnalysisInputException($"Too few comparison units for the cohort first treated in {group} in period {time}.");
                }

                var treatedMean = treatedSum / treatedCount;
                var controlMean = controlSum / controlCount;

                // Without covariates the doubly robust estimator is the difference of mean
                // changes, and its influence function (rescaled by n / cell size, as did
                // does) is n·[D(ΔY − m₁)/n₁ − C(ΔY − m₀)/n₀].
                var influence = new double[n];
                for (var u = 0; u < n; u++)
                {
                    influence[u] = role[u] switch
                    {
                        1 => n * (change[u] - treatedMean) / treatedCount,
                        -1 => -n * (change[u] - controlMean) / controlCount,
                        _ => 0,
                    };
                }

                cells.Add(new GroupTimeCell(group, time, treatedMean - controlMean, influence));
            }
        }

        return cells;
    }

    private static AggregateEffect Simple(List<GroupTimeCell> cells, BalancedPanel panel, Dictionary<int, double> shareOf)
    {
        var post = cells.Where(c => c.IsPostTreatment).ToArray();
        var (att, influence) = WeightedByCohortSize(post, panel, shareOf);
        return new AggregateEffect(att, InfluenceFunction.StandardError(influence));
    }

    private static DynamicAggregation Dynamic(List<GroupTimeCell> cells, BalancedPanel panel, Dictionary<int, double> shareOf)
    {
        var byEventTime = new List<EventTimeEffect>();
        var postAtts = new List<double>();
        var postInfluences = new List<double[]>();
        foreach (var same in cells.GroupBy(c => c.EventTime).OrderBy(g => g.Key))
        {
            var (att, influence) = WeightedByCohortSize(same.ToArray(), panel, shareOf);
            byEventTime.Add(new EventTimeEffect(same.Key, att, InfluenceFunction.StandardError(influence)));
            if (same.Key >= 0)
            {
                postAtts.Add(att);
                postInfluences.Add(influence);
            }
        }

        // Every event time counts equally in the overall effect; no weights are estimated.
        var weights = Enumerable.Repeat(1.0 / postAtts.Count, postAtts.Count).ToArray();
        var overall = InfluenceFunction.Combine(postInfluences, weights);
        return new DynamicAggregation(postAtts.Average(), InfluenceFunction.StandardError(overall), byEventTime);
    }

    private static GroupAggregation Group(List<GroupTimeCell> cells, BalancedPanel panel, Dictionary<int, double> shareOf)
    {
        var groups = cells.Select(c => c.Group).Distinct().ToArray();
        var byGroup = new List<CohortEffect>();
        var atts = new double[groups.Length];
        var influences = new double[groups.Length][];
        for (var k = 0; k < groups.Length; k++)
        {
            var post = cells.Where(c => c.Group == groups[k] && c.IsPostTreatment).ToArray();
            atts[k] = post.Average(c => c.Att);
            influences[k] = InfluenceFunction.Combine(post.Select(c => c.Influence).ToArray(), Enumerable.Repeat(1.0 / post.Length, post.Length).ToArray());
            byGroup.Add(new CohortEffect(groups[k], atts[k], InfluenceFunction.StandardError(influences[k])));
        }

        var shares = groups.Select(g => shareOf[g]).ToArray();
        var total = shares.Sum();
        var overall = InfluenceFunction.Combine(influences, shares.Select(s => s / total).ToArray());

        // Cohort shares are estimated too. Older did releases indexed the cell vector here
        // instead of the cohort list; R's reference SE from did 2.3.0 is matched only with
        // the cohort list, so that is what we use.
        var indicatorGroups = groups;
        InfluenceFunction.AddWeightEstimation(overall, panel.Cohorts, indicatorGroups, shares, atts);
        var att = atts.Zip(shares).Sum(x => x.First * x.Second) / total;
        return new GroupAggregation(att, InfluenceFunction.StandardError(overall), byGroup);
    }

    private static (double Att, double[] Influence) WeightedByCohortSize(GroupTimeCell[] selected, BalancedPanel panel, Dictionary<int, double> shareOf)
    {
        var shares = selected.Select(c => shareOf[c.Group]).ToArray();
        var total = shares.Sum();
        var atts = selected.Select(c => c.Att).ToArray();
        var influence = InfluenceFunction.Combine(selected.Select(c => c.Influence).ToArray(), shares.Select(s => s / total).ToArray());
        InfluenceFunction.AddWeightEstimation(influence, panel.Cohorts, selected.Select(c => c.Group).ToArray(), shares, atts);
        return (atts.Zip(shares).Sum(x => x.First * x.Second) / total, influence);
    }
}
