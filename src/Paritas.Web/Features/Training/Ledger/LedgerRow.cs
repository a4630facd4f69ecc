namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// One unit (with its subtree) in one month, in total (<see cref="Group"/> null) or for one group.
/// A hidden cell carries no number. <see cref="PeopleTrained"/> has its own, stricter pattern: it
/// is also hidden when all or nearly all were trained.
/// </summary>
public sealed record LedgerRow(
    string UnitCode,
    string UnitName,
    int Depth,
    string? Group,
    DateOnly Month,
    bool Suppressed,
    double? Owed,
    double? Delivered,
    int? PeopleTrained);
