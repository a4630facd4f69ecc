namespace Paritas.Web.Features.Concerns;

public enum ConcernOutcome
{
    Resolved,
    PartlyResolved,
    NotUpheld,
    ReferredElsewhere,
    Withdrawn,
}
