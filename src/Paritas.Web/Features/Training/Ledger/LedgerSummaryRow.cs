namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// A unit's (or group's) hours owed and delivered over all months of the ledger. Shown only when
/// every month of it is shown, so the sum reveals nothing the months hide.
/// </summary>
public sealed record LedgerSummaryRow(
    string UnitCode,
    string UnitName,
    int Depth,
    string? Group,
    bool Suppressed,
    double? Owed,
    double? Delivered,
    bool FallsShort)
{
    /// <summary>The share of the hours owed that were not delivered; null when nothing is owed or it is hidden.</summary>
    public double? Shortfall => Owed is > 0 && Delivered is { } d ? Math.Max(0, 1 - d / Owed.Value) : null;
}
