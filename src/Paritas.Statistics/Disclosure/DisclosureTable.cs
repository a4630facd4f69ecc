namespace Paritas.Statistics.Disclosure;

/// <summary>
/// One breakdown to be released: the unit tree, the groups of at most one workforce
/// dimension (empty for none) and the counts of every cell. With a dimension, a
/// unit × group cell that is not given counts zero people.
/// </summary>
public sealed record DisclosureTable(
    IReadOnlyList<UnitNode> Units,
    IReadOnlyList<string> Groups,
    IReadOnlyList<CellCount> Cells);
