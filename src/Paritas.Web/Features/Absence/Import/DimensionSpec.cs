namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// A workforce dimension the organisation defines: its name (the kind), the workforce column
/// that holds it (null for working time, which follows from the FTE) and its group codes.
/// </summary>
public sealed record DimensionSpec(string Dimension, string? Column, IReadOnlyList<string> GroupCodes);
