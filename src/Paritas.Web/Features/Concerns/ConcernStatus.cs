namespace Paritas.Web.Features.Concerns;

public enum ConcernStatus
{
    New,
    Acknowledged,
    InProgress,
    Answered,
    Closed,
}
