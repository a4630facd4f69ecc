namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The monthly series of one change (ADR 0005): the affected units that went live within the
/// imported months, pooled (their whole subtrees summed per month); the comparison units (every
/// unit outside any affected subtree); and the organisation total. A unit goes live in the first
/// whole month with the system; months between the first and the last go-live are the phase-in.
/// </summary>
public sealed class ChangeSeries
{
    private ChangeSeries(IReadOnlyList<DateOnly> months, MonthTotals[] affected, MonthTotals[] comparison, MonthTotals[] total, IReadOnlyList<DateOnly> goLiveMonths)
    {
        Months = months;
        Affected = affected;
        Comparison = comparison;
        Total = total;
        GoLiveMonths = goLiveMonths;
    }

    /// <summary>Every month with imported cells, in order.</summary>
    public IReadOnlyList<DateOnly> Months { get; }

    public MonthTotals[] Affected { get; }

    public MonthTotals[] Comparison { get; }

    public MonthTotals[] Total { get; }

    /// <summary>First post month of each analysed affected unit, distinct and in order; empty when none went live within the data.</summary>
    public IReadOnlyList<DateOnly> GoLiveMonths { get; }

    public DateOnly? FirstPhaseIn => GoLiveMonths.Count > 0 ? GoLiveMonths[0] : null;

    /// <summary>The first month in which every analysed unit has the system: the first post month of the pooled series.</summary>
    public DateOnly? FirstPost => GoLiveMonths.Count > 0 ? GoLiveMonths[^1] : null;

    /// <summary>The first month a unit works with the system for the whole month.</summary>
    public static DateOnly FirstWholeMonth(DateOnly goLive) =>
        goLive.Day == 1 ? goLive : new DateOnly(goLive.Year, goLive.Month, 1).AddMonths(1);

    public static ChangeSeries Build(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var forest = new UnitForest(input.Units);
        var months = input.Cells.Select(c => c.Month).Distinct().Order().ToList();
        var monthIndex = months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);

        var (analysed, elsewhere, goLives) = Classify(input.Affected, forest, months);
        var affected = new MonthTotals[months.Count];
        var comparison = new MonthTotals[months.Count];
        var total = new MonthTotals[months.Count];
        foreach (var cell in input.Cells)
        {
            if (!forest.Index.TryGetValue(cell.UnitId, out var unit))
            {
                continue;
            }

            var m = monthIndex[cell.Month];
            total[m] += cell.Totals;
            if (analysed.Contains(unit))
            {
                affected[m] += cell.Totals;
            }
            else if (!elsewhere.Contains(unit))
            {
                comparison[m] += cell.Totals;
            }
        }

        return new ChangeSeries(months, affected, comparison, total, goLives);
    }

    /// <summary>
    /// Units of affected subtrees that went live within the data are analysed; the rest of the
    /// affected subtrees (planned, not yet live, or live before the data start) are neither
    /// analysed nor compared with, since they are neither clearly before nor clearly without the change.
    /// </summary>
    internal static (HashSet<int> Analysed, HashSet<int> Elsewhere, IReadOnlyList<DateOnly> GoLives) Classify(
        IReadOnlyList<AnalysisGoLive> affectedUnits, UnitForest forest, IReadOnlyList<DateOnly> months)
    {
        var analysed = new HashSet<int>();
        var elsewhere = new HashSet<int>();
        var goLives = new SortedSet<DateOnly>();
        foreach (var a in affectedUnits)
        {
            if (!forest.Index.TryGetValue(a.UnitId, out var unit))
            {
                continue;
            }

            var subtree = forest.Subtree(unit);
            if (a.GoLive is { } goLive && months.Count > 0 && FirstWholeMonth(goLive) is var first && first > months[0] && first <= months[^1])
            {
                analysed.UnionWith(subtree);
                goLives.Add(first);
            }
            else
            {
                elsewhere.UnionWith(subtree);
            }
        }

        elsewhere.ExceptWith(analysed);
        return (analysed, elsewhere, [.. goLives]);
    }
}
