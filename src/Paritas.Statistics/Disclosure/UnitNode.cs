namespace Paritas.Statistics.Disclosure;

/// <summary>A unit of the organisation's tree; a root has no parent.</summary>
public sealed record UnitNode(string Key, string? ParentKey);
