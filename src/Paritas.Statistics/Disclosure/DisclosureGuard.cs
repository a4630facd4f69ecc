namespace Paritas.Statistics.Disclosure;

/// <summary>
/// The one gate every aggregate about workers passes (P3, P4): primary suppression of
/// small cells, then complementary suppression over the unit tree and the workforce
/// dimension until nothing hidden can be recovered by subtraction. Deterministic: the
/// same counts give the same pattern whatever order units, groups and cells come in (P6).
/// </summary>
public static class DisclosureGuard
{
    public static DisclosureResult Protect(DisclosureTable table, MinimumGroupSize minimumGroupSize) =>
        ProtectTogether([table], minimumGroupSize)[0];

    /// <summary>
    /// Protects a release set: tables over the same unit tree that are published side by side
    /// or one after the other — two waves, two items, a wave and the pooled waves, or two
    /// dimensions. A cell that appears in several tables (same unit, same group) is hidden in
    /// all of them when any of them hides it, and the suppression is redone until the shared
    /// pattern no longer changes, so no table releases what another hides.
    /// </summary>
    public static IReadOnlyList<DisclosureResult> ProtectTogether(
        IReadOnlyList<DisclosureTable> releaseSet, MinimumGroupSize minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(releaseSet);
        ArgumentNullException.ThrowIfNull(minimumGroupSize);
        if (releaseSet.Count == 0)
        {
            throw new ArgumentException("A release set needs at least one table.", nameof(releaseSet));
        }

        var k = minimumGroupSize.Value;
        var layouts = releaseSet.Select(TableLayout.From).ToArray();
        var tree = Tree(layouts[0]);
        if (layouts.Skip(1).Any(l => !Tree(l).SequenceEqual(tree)))
        {
            throw new ArgumentException("Tables of one release set must share the same unit tree.", nameof(releaseSet));
        }

        var models = layouts.Select(l => AdditivityModel.Build(l, k)).ToArray();
        var hiddenElsewhere = new HashSet<(string Unit, string? Group)>();
        while (true)
        {
            var patterns = models
                .Select(m => ComplementarySuppression.Run(m, k, Cells(m.Layout, hiddenElsewhere)))
                .ToArray();
            var before = hiddenElsewhere.Count;
            for (var i = 0; i < models.Length; i++)
            {
                for (var v = 0; v < patterns[i].Length; v++)
                {
                    if (patterns[i][v] != SuppressionReason.None)
                    {
                        hiddenElsewhere.Add(models[i].Layout.KeyOf(v));
                    }
                }
            }

            if (models.Length == 1 || hiddenElsewhere.Count == before)
            {
                return [.. models.Select((m, i) => Result(m.Layout, patterns[i], minimumGroupSize))];
            }
        }
    }

    private static string[] Tree(TableLayout layout) =>
        [.. layout.UnitKeys.Select((key, u) => $"{key}\u0000{(layout.Parent[u] < 0 ? string.Empty : layout.UnitKeys[layout.Parent[u]])}")];

    private static HashSet<int> Cells(TableLayout layout, HashSet<(string Unit, string? Group)> keys)
    {
        var cells = new HashSet<int>();
        foreach (var (unit, group) in keys)
        {
            if (layout.TryCell(unit, group, out var cell))
            {
                cells.Add(cell);
            }
        }

        return cells;
    }

    private static DisclosureResult Result(TableLayout layout, SuppressionReason[] reasons, MinimumGroupSize minimumGroupSize)
    {
        var decisions = new CellDecision[reasons.Length];
        for (var v = 0; v < reasons.Length; v++)
        {
            var (unit, group) = layout.KeyOf(v);
            decisions[v] = new CellDecision(unit, group, reasons[v]);
        }

        return new DisclosureResult(minimumGroupSize, decisions);
    }
}
