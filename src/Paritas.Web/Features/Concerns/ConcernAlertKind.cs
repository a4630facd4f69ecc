namespace Paritas.Web.Features.Concerns;

public enum ConcernAlertKind
{
    AcknowledgementReminder,
    AcknowledgementOverdue,
    FeedbackReminder,
    FeedbackOverdue,
    RetentionWarning,
}
