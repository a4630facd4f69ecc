using Paritas.Statistics;
using Paritas.Statistics.DifferenceInDifferences;
using Paritas.Statistics.Disclosure;
using MathNet.Numerics.Distributions;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The staggered difference-in-differences of one change on unit-level monthly absence rates.
/// Treated units are the affected units (each with its subtree) that went live within the data,
/// cohort = their first whole month with the system; comparison units are the affected units not
/// yet live and the leaf units outside every affected subtree. A unit takes part only if the
/// disclosure guard releases its cell in every month, so no unit's series feeds a published
/// estimate unless it could have been published itself.
/// </summary>
internal static class ChangeDid
{
    private const int MinimumNeverTreated = 5;

    /// <param name="released">The guard's decision per unit (<see cref="ReleasedUnits"/>), when the caller has it already.</param>
    public static DidEstimate? Estimate(AnalysisInput input, ChangeSeries series, bool[]? released = null)
    {
        var forest = new UnitForest(input.Units);
        var months = series.Months;
        var subtrees = Enumerable.Range(0, forest.Units.Count).Select(forest.Subtree).ToArray();
        var rolled = Rolled(input, forest, months);
        released ??= Released(forest, rolled, months.Count, input.MinimumGroupSize);
        var candidates = Candidates(input, forest, subtrees, months);
        var used = candidates.Where(c => released[c.Unit] && Enumerable.Range(0, months.Count).All(m => rolled[c.Unit, m].AvailableDays > 0)).ToList();
        if (!used.Any(c => c.Cohort > 0))
        {
            return null;
        }

        var rows = used.Count * months.Count;
        var units = new string[rows];
        var periods = new int[rows];
        var outcomes = new double[rows];
        var cohorts = new int[rows];
        var i = 0;
        foreach (var c in used)
        {
            for (var m = 0; m < months.Count; m++, i++)
            {
                units[i] = forest.Units[c.Unit].Code;
                periods[i] = ChangeAnalysis.MonthsBetween(months[0], months[m]) + 1;
                outcomes[i] = rolled[c.Unit, m].DaysLost / rolled[c.Unit, m].AvailableDays * 100;
                cohorts[i] = c.Cohort;
            }
        }

        // did wants at least five never-treated units for that comparison group; with fewer, units
        // not yet live at the time (the never-treated among them) are the comparison.
        var neverTreated = used.Count(c => c.Cohort == 0) >= MinimumNeverTreated;
        try
        {
            var result = StaggeredDifferenceInDifferences.Estimate(units, periods, outcomes, cohorts, neverTreated ? DidControlGroup.NeverTreated : DidControlGroup.NotYetTreated);
            var z = Normal.InvCDF(0, 1, 0.975);
            var (att, se) = (result.Simple.Att, result.Simple.StdError);
            if (!double.IsFinite(att) || !double.IsFinite(se))
            {
                return null;
            }

            return new DidEstimate(att, att - z * se, att + z * se, used.Count(c => c.Cohort > 0), used.Count(c => c.Cohort == 0), !neverTreated);
        }
        catch (AnalysisInputException)
        {
            return null;
        }
    }

    /// <summary>The top-level affected units (not inside another affected unit) that went live within the data, with their first post month.</summary>
    public static List<(int Unit, DateOnly GoLive)> TopLevelAnalysed(AnalysisInput input, UnitForest forest, IReadOnlyList<DateOnly> months)
    {
        if (months.Count == 0)
        {
            return [];
        }

        var subtrees = Enumerable.Range(0, forest.Units.Count).Select(forest.Subtree).ToArray();
        return [.. Candidates(input, forest, subtrees, months)
            .Where(c => c.Cohort > 0)
            .Select(c => (c.Unit, months[0].AddMonths(c.Cohort - 1)))
            .OrderBy(c => c.Item2).ThenBy(c => forest.Units[c.Unit].Code, StringComparer.Ordinal)];
    }

    /// <summary>Which units (by forest index) the disclosure guard releases in every month, their subtrees rolled up.</summary>
    public static bool[] ReleasedUnits(AnalysisInput input, UnitForest forest, IReadOnlyList<DateOnly> months) =>
        Released(forest, Rolled(input, forest, months), months.Count, input.MinimumGroupSize);

    private static MonthTotals[,] Rolled(AnalysisInput input, UnitForest forest, IReadOnlyList<DateOnly> months)
    {
        var n = forest.Units.Count;
        var monthIndex = months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        var own = new MonthTotals[n, months.Count];
        foreach (var cell in input.Cells)
        {
            if (forest.Index.TryGetValue(cell.UnitId, out var u) && monthIndex.TryGetValue(cell.Month, out var m))
            {
                own[u, m] += cell.Totals;
            }
        }

        var rolled = new MonthTotals[n, months.Count];
        for (var u = 0; u < n; u++)
        {
            foreach (var d in forest.Subtree(u))
            {
                for (var m = 0; m < months.Count; m++)
                {
                    rolled[u, m] += own[d, m];
                }
            }
        }

        return rolled;
    }

    private static bool[] Released(UnitForest forest, MonthTotals[,] rolled, int monthCount, int minimum)
    {
        var k = MinimumGroupSize.For(DisclosureDomain.Absence, minimum);
        var tree = forest.Units.Select((u, i) => new UnitNode(u.Code, forest.Parent[i] < 0 ? null : forest.Units[forest.Parent[i]].Code)).ToList();
        var released = Enumerable.Repeat(true, forest.Units.Count).ToArray();
        for (var m = 0; m < monthCount; m++)
        {
            var counts = forest.Units.Select((u, i) => new CellCount(u.Code, null, rolled[i, m].Headcount)).ToList();
            var decision = DisclosureGuard.Protect(new DisclosureTable(tree, [], counts), k);
            for (var u = 0; u < forest.Units.Count; u++)
            {
                released[u] &= decision.IsReleased(forest.Units[u].Code);
            }
        }

        return released;
    }

    private static List<(int Unit, int Cohort)> Candidates(AnalysisInput input, UnitForest forest, HashSet<int>[] subtrees, IReadOnlyList<DateOnly> months)
    {
        var affected = input.Affected.Where(a => forest.Index.ContainsKey(a.UnitId)).Select(a => (Unit: forest.Index[a.UnitId], a.GoLive)).ToList();
        var inAffected = new HashSet<int>(affected.SelectMany(a => subtrees[a.Unit]));
        var candidates = new List<(int Unit, int Cohort)>();
        foreach (var (unit, goLive) in affected)
        {
            // A unit inside another affected unit's subtree is already counted there.
            if (affected.Any(o => o.Unit != unit && subtrees[o.Unit].Contains(unit)))
            {
                continue;
            }

            if (goLive is not { } date || ChangeSeries.FirstWholeMonth(date) > months[^1])
            {
                candidates.Add((unit, 0));
            }
            else if (ChangeSeries.FirstWholeMonth(date) > months[0])
            {
                candidates.Add((unit, ChangeAnalysis.MonthsBetween(months[0], ChangeSeries.FirstWholeMonth(date)) + 1));
            }
        }

        candidates.AddRange(Enumerable.Range(0, forest.Units.Count).Where(u => forest.IsLeaf(u) && !inAffected.Contains(u)).Select(u => (u, 0)));
        return candidates;
    }
}
