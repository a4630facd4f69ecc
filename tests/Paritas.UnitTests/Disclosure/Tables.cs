using Paritas.Statistics.Disclosure;

namespace Paritas.UnitTests.Disclosure;

/// <summary>Small hand-made tables for the worked examples.</summary>
public static class Tables
{
    /// <summary>A root with children; each child's row gives its count per group (or its total when there are no groups).</summary>
    public static DisclosureTable Flat(string[] groups, params (string Unit, int[] Counts)[] children)
    {
        var units = new List<UnitNode> { new("root", null) };
        units.AddRange(children.Select(c => new UnitNode(c.Unit, "root")));
        var cells = new List<CellCount>();
        foreach (var (unit, counts) in children)
        {
            cells.Add(new CellCount(unit, null, counts.Sum()));
            cells.AddRange(groups.Select((g, i) => new CellCount(unit, g, counts[i])));
        }

        cells.Add(new CellCount("root", null, children.Sum(c => c.Counts.Sum())));
        cells.AddRange(groups.Select((g, i) => new CellCount("root", g, children.Sum(c => c.Counts[i]))));
        return new DisclosureTable(units, groups, cells);
    }

    public static DisclosureResult Protect(DisclosureTable table, int minimum = 5) =>
        DisclosureGuard.Protect(table, MinimumGroupSize.For(DisclosureDomain.Survey, minimum));

    public static string[] Hidden(DisclosureResult result) =>
        [.. result.Cells.Where(c => !c.IsReleased).Select(c => c.GroupKey is null ? c.UnitKey : $"{c.UnitKey}/{c.GroupKey}")];
}
