namespace Paritas.Statistics.Disclosure;

/// <summary>
/// A validated table in canonical order: units and groups sorted by key (ordinal), so
/// the guard's output never depends on the order the caller listed them in.
/// </summary>
internal sealed class TableLayout
{
    private readonly Dictionary<string, int> unitIndex;
    private readonly Dictionary<string, int> groupIndex;

    private TableLayout(
        string[] unitKeys, string[] groupKeys, int[] parent, long[] count, long[]? trait)
    {
        UnitKeys = unitKeys;
        GroupKeys = groupKeys;
        Parent = parent;
        Count = count;
        Trait = trait;
        unitIndex = unitKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        groupIndex = groupKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i + 1, StringComparer.Ordinal);

        var children = new List<int>[unitKeys.Length];
        for (var u = 0; u < unitKeys.Length; u++)
        {
            children[u] = [];
        }

        for (var u = 0; u < unitKeys.Length; u++)
        {
            if (parent[u] >= 0)
            {
                children[parent[u]].Add(u);
            }
        }

        Children = [.. children.Select(c => c.ToArray())];
        Depth = new int[unitKeys.Length];
        var order = new List<int>(unitKeys.Length);
        var stack = new Stack<int>(Enumerable.Range(0, unitKeys.Length).Where(u => parent[u] < 0).Reverse());
        while (stack.Count > 0)
        {
            var u = stack.Pop();
            order.Add(u);
            foreach (var c in Children[u])
            {
                Depth[c] = Depth[u] + 1;
                stack.Push(c);
            }
        }

        if (order.Count != unitKeys.Length)
        {
            throw new ArgumentException("The unit tree has a cycle.");
        }

        order.Reverse();
        BottomUp = [.. order];
    }

    public string[] UnitKeys { get; }

    public string[] GroupKeys { get; }

    public int[] Parent { get; }

    public int[][] Children { get; }

    public int[] Depth { get; }

    /// <summary>Every unit after all of its descendants.</summary>
    public int[] BottomUp { get; }

    public long[] Count { get; }

    public long[]? Trait { get; }

    public int UnitCount => UnitKeys.Length;

    public int Columns => GroupKeys.Length + 1;

    public bool HasDimension => GroupKeys.Length > 0;

    public bool HasTrait => Trait is not null;

    public bool TryCell(string unitKey, string? groupKey, out int cell)
    {
        cell = -1;
        if (!unitIndex.TryGetValue(unitKey, out var u))
        {
            return false;
        }

        var t = 0;
        if (groupKey is not null && !groupIndex.TryGetValue(groupKey, out t))
        {
            return false;
        }

        cell = u * Columns + t;
        return true;
    }

    public (string UnitKey, string? GroupKey) KeyOf(int cell) =>
        (UnitKeys[cell / Columns], cell % Columns == 0 ? null : GroupKeys[cell % Columns - 1]);

    public static TableLayout From(DisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(table.Units);
        ArgumentNullException.ThrowIfNull(table.Groups);
        ArgumentNullException.ThrowIfNull(table.Cells);

        var unitKeys = table.Units.Select(u => u.Key).Order(StringComparer.Ordinal).ToArray();
        if (unitKeys.Length == 0 || unitKeys.Any(string.IsNullOrEmpty) || unitKeys.Distinct(StringComparer.Ordinal).Count() != unitKeys.Length)
        {
            throw new ArgumentException("Units need distinct, non-empty keys, and there must be at least one.", nameof(table));
        }

        var groupKeys = table.Groups.Order(StringComparer.Ordinal).ToArray();
        if (groupKeys.Any(string.IsNullOrEmpty) || groupKeys.Distinct(StringComparer.Ordinal).Count() != groupKeys.Length)
        {
            throw new ArgumentException("Groups need distinct, non-empty keys.", nameof(table));
        }

        var index = unitKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var parent = new int[unitKeys.Length];
        foreach (var unit in table.Units)
        {
            parent[index[unit.Key]] = unit.ParentKey is null ? -1
                : index.TryGetValue(unit.ParentKey, out var p) ? p
                : throw new ArgumentException($"Unit '{unit.Key}' has an unknown parent '{unit.ParentKey}'.", nameof(table));
        }

        var columns = groupKeys.Length + 1;
        var hasTrait = table.Cells.Any(c => c.TraitCount is not null);
        if (hasTrait && table.Cells.Any(c => c.TraitCount is null))
        {
            throw new ArgumentException("Either every cell has a trait count or none has.", nameof(table));
        }

        var count = new long[unitKeys.Length * columns];
        var trait = hasTrait ? new long[count.Length] : null;
        var seen = new bool[count.Length];
        var layout = new TableLayout(unitKeys, groupKeys, parent, count, trait);
        foreach (var cell in table.Cells)
        {
            if (!layout.TryCell(cell.UnitKey, cell.GroupKey, out var v))
            {
                throw new ArgumentException($"A cell names an unknown unit '{cell.UnitKey}' or group '{cell.GroupKey}'.", nameof(table));
            }

            if (seen[v])
            {
                throw new ArgumentException($"The cell of unit '{cell.UnitKey}' and group '{cell.GroupKey}' is given twice.", nameof(table));
            }

            if (cell.Count < 0 || cell.TraitCount < 0 || cell.TraitCount > cell.Count)
            {
                throw new ArgumentException($"The cell of unit '{cell.UnitKey}' has a negative count or more with the trait than people.", nameof(table));
            }

            seen[v] = true;
            count[v] = cell.Count;
            if (trait is not null)
            {
                trait[v] = cell.TraitCount!.Value;
            }
        }

        for (var u = 0; u < unitKeys.Length; u++)
        {
            if (!seen[u * columns])
            {
                throw new ArgumentException($"Unit '{unitKeys[u]}' has no total cell.", nameof(table));
            }
        }

        return layout;
    }
}
