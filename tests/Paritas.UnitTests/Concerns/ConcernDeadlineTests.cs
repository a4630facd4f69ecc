using Paritas.Web.Features.Concerns;

namespace Paritas.UnitTests.Concerns;

public sealed class ConcernDeadlineTests
{
    private static readonly ConcernTerms DirectiveOnly = ConcernTerms.Default;

    [Fact]
    public void Acknowledgement_is_due_seven_days_after_receipt()
        => Assert.Equal(new DateOnly(2026, 12, 2), ConcernDeadlines.AcknowledgementDue(new DateOnly(2026, 11, 25), DirectiveOnly));

    [Fact]
    public void Acknowledged_on_30_November_the_answer_is_due_on_the_last_day_of_February()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), ConcernDeadlines.FeedbackDue(ConcernCategory.PrivacyAndMonitoring, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 30), DirectiveOnly));
        Assert.Equal(new DateOnly(2028, 2, 29), ConcernDeadlines.FeedbackDue(ConcernCategory.DataProtectionAndSecurity, new DateOnly(2027, 11, 28), new DateOnly(2027, 11, 30), DirectiveOnly));
    }

    [Fact]
    public void Without_an_acknowledgement_three_months_run_from_the_end_of_the_seven_days()
        => Assert.Equal(new DateOnly(2027, 3, 2), ConcernDeadlines.FeedbackDue(ConcernCategory.PrivacyAndMonitoring, new DateOnly(2026, 11, 25), null, DirectiveOnly));

    [Fact]
    public void Concerns_outside_the_Directive_get_the_agreed_shorter_target()
    {
        Assert.Equal(new DateOnly(2026, 12, 14), ConcernDeadlines.FeedbackDue(ConcernCategory.Workload, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 30), DirectiveOnly));
        Assert.Equal(new DateOnly(2026, 12, 10), ConcernDeadlines.FeedbackDue(ConcernCategory.Equipment, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 30), new ConcernTerms(7, 10, null)));
    }

    [Fact]
    public void An_agreement_cannot_lengthen_the_legal_limits()
    {
        var generous = new ConcernTerms(30, 200, 200);
        Assert.Equal(new DateOnly(2026, 12, 2), ConcernDeadlines.AcknowledgementDue(new DateOnly(2026, 11, 25), generous));
        Assert.Equal(new DateOnly(2027, 2, 28), ConcernDeadlines.FeedbackDue(ConcernCategory.PrivacyAndMonitoring, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 30), generous));
    }

    [Fact]
    public void Acknowledging_moves_the_answer_deadline_and_a_late_acknowledgement_is_flagged_until_sent()
    {
        var concern = new Concern(Guid.NewGuid(), Guid.NewGuid(), null, ConcernCategory.PrivacyAndMonitoring, ReporterChoice.Anonymous, false, new DateOnly(2026, 11, 20), DirectiveOnly);
        Assert.Equal(new DateOnly(2027, 2, 27), concern.FeedbackDueOn);
        Assert.True(concern.AcknowledgementOverdue(new DateOnly(2026, 11, 28)));
        Assert.False(concern.AcknowledgementOverdue(new DateOnly(2026, 11, 27)));

        concern.Acknowledge(new DateOnly(2026, 11, 30), DirectiveOnly);

        Assert.False(concern.AcknowledgementOverdue(new DateOnly(2026, 12, 1)));
        Assert.Equal(new DateOnly(2027, 2, 28), concern.FeedbackDueOn);
        Assert.False(concern.FeedbackOverdue(new DateOnly(2027, 2, 28)));
        Assert.True(concern.FeedbackOverdue(new DateOnly(2027, 3, 1)));
    }
}
