namespace Paritas.Statistics.Disclosure;

/// <summary>The guard's verdict on one cell; <see cref="GroupKey"/> is null for the unit's total.</summary>
public sealed record CellDecision(string UnitKey, string? GroupKey, SuppressionReason Reason)
{
    public bool IsReleased => Reason == SuppressionReason.None;
}
