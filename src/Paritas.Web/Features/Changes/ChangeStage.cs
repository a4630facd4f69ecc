namespace Paritas.Web.Features.Changes;

/// <summary>Where a change stands. The order of the values is the order of the stages; withdrawn stands apart.</summary>
public enum ChangeStage
{
    Proposed,
    Assessment,
    Decided,
    Pilot,
    RollOut,
    InUse,
    Evaluated,
    Withdrawn,
}
