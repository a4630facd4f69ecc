namespace Paritas.Statistics.Disclosure;

/// <summary>
/// The people behind one cell as it would be published. Counts are rolled up: a unit's
/// cell covers its whole subtree. <paramref name="GroupKey"/> is null for the unit's total.
/// <paramref name="TraitCount"/> is how many of them have the trait when the cell is a proportion.
/// </summary>
public sealed record CellCount(string UnitKey, string? GroupKey, int Count, int? TraitCount = null);
