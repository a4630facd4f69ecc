using Paritas.Statistics.Disclosure;

namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// Month × unit × column sums (column 0 the total, then the groups of one dimension), rolled up
/// the tree, with the guard's pattern per month: one for hours (the people of the cell), and a
/// stricter one for the number of people trained, which also hides "all or nearly all trained".
/// </summary>
public sealed class LedgerGrid
{
    private readonly int units;
    private readonly int[] headcount;
    private readonly double[] owed;
    private readonly double[] delivered;
    private readonly int[] trained;
    private readonly int[] trait;
    private readonly bool[] released;
    private readonly bool[] trainedReleased;

    private LedgerGrid(IReadOnlyList<DateOnly> months, int units, int columns)
    {
        Months = months;
        this.units = units;
        Columns = columns;
        var size = months.Count * units * columns;
        headcount = new int[size];
        owed = new double[size];
        delivered = new double[size];
        trained = new int[size];
        trait = new int[size];
        released = new bool[size];
        trainedReleased = new bool[size];
    }

    public IReadOnlyList<DateOnly> Months { get; }

    public int Columns { get; }

    public static LedgerGrid Build(LedgerData data, string dimension, IReadOnlyList<string> groups, EntitlementRule? rule, MinimumGroupSize k)
    {
        ArgumentNullException.ThrowIfNull(data);
        var grid = new LedgerGrid(data.Months, data.Units.Count, 1 + groups.Count);
        var monthIndex = data.Months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i + 1, StringComparer.OrdinalIgnoreCase);
        int Column(string cellDimension, string group) =>
            cellDimension.Length == 0 ? 0
            : dimension.Length > 0 && string.Equals(cellDimension, dimension, StringComparison.Ordinal) ? groupIndex.GetValueOrDefault(group, -1)
            : -1;

        foreach (var w in data.Workforce)
        {
            var c = Column(w.Dimension, w.GroupCode);
            if (c >= 0 && monthIndex.TryGetValue(w.Month, out var m) && data.UnitIndex.TryGetValue(w.UnitId, out var u))
            {
                var cell = grid.Cell(m, u, c);
                grid.headcount[cell] += w.Headcount;
                grid.owed[cell] += rule?.Owed(w.Month, w.AvailableDays, data.StartsOn[u]) ?? 0;
            }
        }

        foreach (var d in data.Delivered)
        {
            var c = Column(d.Dimension, d.GroupCode);
            if (c >= 0 && monthIndex.TryGetValue(d.Month, out var m) && data.UnitIndex.TryGetValue(d.UnitId, out var u))
            {
                var cell = grid.Cell(m, u, c);
                grid.delivered[cell] += d.Hours;
                grid.trained[cell] += d.PeopleTrained;
            }
        }

        grid.FillTraits(data.Units.Count);

        // Children before parents: each parent then holds its whole subtree.
        var bottomUp = Enumerable.Range(0, data.Units.Count).OrderByDescending(u => data.Depth[u]).ToArray();
        var tree = data.Units.Select((u, i) => new UnitNode(u.Code, data.Parent[i] < 0 ? null : data.Units[data.Parent[i]].Code)).ToList();
        for (var m = 0; m < data.Months.Count; m++)
        {
            foreach (var u in bottomUp)
            {
                if (data.Parent[u] >= 0)
                {
                    for (var c = 0; c < grid.Columns; c++)
                    {
                        var (from, to) = (grid.Cell(m, u, c), grid.Cell(m, data.Parent[u], c));
                        grid.headcount[to] += grid.headcount[from];
                        grid.owed[to] += grid.owed[from];
                        grid.delivered[to] += grid.delivered[from];
                        grid.trained[to] += grid.trained[from];
                        grid.trait[to] += grid.trait[from];
                    }
                }
            }

            var counts = new List<CellCount>();
            var traits = new List<CellCount>();
            for (var u = 0; u < data.Units.Count; u++)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    var cell = grid.Cell(m, u, c);
                    var group = c == 0 ? null : groups[c - 1];
                    counts.Add(new CellCount(data.Units[u].Code, group, grid.headcount[cell]));
                    traits.Add(new CellCount(data.Units[u].Code, group, grid.headcount[cell], grid.trait[cell]));
                }
            }

            if (data.Units.Count == 0)
            {
                continue;
            }

            // The same table the absence indicators protect, so both pages release the same cells.
            var hours = DisclosureGuard.Protect(new DisclosureTable(tree, groups, counts), k);
            var people = DisclosureGuard.Protect(new DisclosureTable(tree, groups, traits), k);
            for (var u = 0; u < data.Units.Count; u++)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    var group = c == 0 ? null : groups[c - 1];
                    var cell = grid.Cell(m, u, c);
                    grid.released[cell] = hours.IsReleased(data.Units[u].Code, group);
                    grid.trainedReleased[cell] = grid.released[cell] && people.IsReleased(data.Units[u].Code, group);
                }
            }
        }

        return grid;
    }

    /// <summary>
    /// The trained count the guard sees, per unit's own cells before the roll-up: never more than
    /// the people of the cell (temporary staff may be trained without being in the workforce), and
    /// for the total between the groups' sum and that sum plus the people in no group — so the
    /// counts add up over groups and the tree as the guard requires, whatever was entered by form.
    /// </summary>
    private void FillTraits(int unitCount)
    {
        for (var m = 0; m < Months.Count; m++)
        {
            for (var u = 0; u < unitCount; u++)
            {
                int groupTraits = 0, groupPeople = 0;
                for (var c = 1; c < Columns; c++)
                {
                    var cell = Cell(m, u, c);
                    trait[cell] = Math.Min(trained[cell], headcount[cell]);
                    groupTraits += trait[cell];
                    groupPeople += headcount[cell];
                }

                var total = Cell(m, u, 0);
                var inNoGroup = Math.Max(0, headcount[total] - groupPeople);
                trait[total] = Math.Clamp(Math.Min(trained[total], headcount[total]), groupTraits, groupTraits + inNoGroup);
            }
        }
    }

    public bool Released(int month, int unit, int column) => released[Cell(month, unit, column)];

    public bool TrainedReleased(int month, int unit, int column) => trainedReleased[Cell(month, unit, column)];

    public double Owed(int month, int unit, int column) => Released(month, unit, column) ? owed[Cell(month, unit, column)] : throw Hidden();

    public double Delivered(int month, int unit, int column) => Released(month, unit, column) ? delivered[Cell(month, unit, column)] : throw Hidden();

    public int Headcount(int month, int unit, int column) => Released(month, unit, column) ? headcount[Cell(month, unit, column)] : throw Hidden();

    public int Trained(int month, int unit, int column) => TrainedReleased(month, unit, column) ? trained[Cell(month, unit, column)] : throw Hidden();

    /// <summary>Whether the unit (with its subtree) has anything owed or delivered in any month — not a released figure, only which rows to list.</summary>
    public bool HasTraining(int unit)
    {
        for (var m = 0; m < Months.Count; m++)
        {
            var cell = Cell(m, unit, 0);
            if (owed[cell] > 0 || delivered[cell] > 0)
            {
                return true;
            }
        }

        return false;
    }

    private int Cell(int month, int unit, int column) => ((month * units) + unit) * Columns + column;

    // A hidden number must never leave this class, not even by mistake.
    private static InvalidOperationException Hidden() => new("A hidden cell has no number to give.");
}
