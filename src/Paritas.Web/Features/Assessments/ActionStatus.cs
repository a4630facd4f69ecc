namespace Paritas.Web.Features.Assessments;

public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}
