namespace Paritas.Statistics.Disclosure;

/// <summary>
/// The suppression pattern of one table. Callers must null out every number of a
/// hidden cell (count, sum, mean, percentage, interval, chart) and never publish a
/// remainder that is not itself a cell.
/// </summary>
public sealed class DisclosureResult
{
    private readonly Dictionary<(string Unit, string Group), CellDecision> byKey;

    internal DisclosureResult(MinimumGroupSize minimumGroupSize, IReadOnlyList<CellDecision> cells)
    {
        MinimumGroupSize = minimumGroupSize;
        Cells = cells;
        byKey = cells.ToDictionary(c => (c.UnitKey, c.GroupKey ?? string.Empty));
    }

    public MinimumGroupSize MinimumGroupSize { get; }

    /// <summary>Every cell of the table, ordered by unit key, then the total before the groups in key order.</summary>
    public IReadOnlyList<CellDecision> Cells { get; }

    public CellDecision Decision(string unitKey, string? groupKey = null) =>
        byKey.TryGetValue((unitKey, groupKey ?? string.Empty), out var decision)
            ? decision
            : throw new KeyNotFoundException($"The table has no cell for unit '{unitKey}' and group '{groupKey}'.");

    public bool IsReleased(string unitKey, string? groupKey = null) => Decision(unitKey, groupKey).IsReleased;
}
