namespace Paritas.Web.Features.Concerns;

/// <summary>When a concern must be acknowledged and answered. Pure date arithmetic, in whole days.</summary>
public static class ConcernDeadlines
{
    public const int AcknowledgementDays = 7;
    public const int FeedbackMonths = 3;

    /// <summary>Privacy, monitoring, data protection and security concerns fall under the Directive's timing.</summary>
    public static bool IsDirective(ConcernCategory category)
        => category is ConcernCategory.PrivacyAndMonitoring or ConcernCategory.DataProtectionAndSecurity;

    public static DateOnly AcknowledgementDue(DateOnly receivedOn, ConcernTerms terms)
        => receivedOn.AddDays(Math.Clamp(terms.AcknowledgementDays, 1, AcknowledgementDays));

    /// <summary>
    /// Counted from the acknowledgement, or from the end of the 7 days when none was sent. Three
    /// calendar months with DateOnly.AddMonths, which ends on the last day of a shorter month:
    /// acknowledged on 30 November, feedback is due on 28 (or 29) February. An agreement may set
    /// a shorter target, never a longer one.
    /// </summary>
    public static DateOnly FeedbackDue(ConcernCategory category, DateOnly receivedOn, DateOnly? acknowledgedOn, ConcernTerms terms)
    {
        var from = acknowledgedOn ?? receivedOn.AddDays(AcknowledgementDays);
        var legal = from.AddMonths(FeedbackMonths);
        int? targetDays = IsDirective(category) ? terms.DirectiveFeedbackDays : terms.NonDirectiveFeedbackDays;
        if (targetDays is { } days && days > 0)
        {
            var target = from.AddDays(days);
            return target < legal ? target : legal;
        }

        return legal;
    }
}
