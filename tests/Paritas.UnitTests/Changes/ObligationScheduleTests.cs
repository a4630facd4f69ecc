using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.UnitTests.Changes;

public sealed class ObligationScheduleTests
{
    private static readonly DateOnly Registered = new(2026, 3, 2);

    private static IReadOnlyList<PlannedRule> Quebec()
        => [.. AgreementTemplates.Find("quebec-joint-committee")!.Clauses.SelectMany(c => c.Rules ?? []).Select(r => new PlannedRule(Guid.NewGuid(), r, "Québec"))];

    private static ChangeFacts Change(DateOnly? firstGoLive, ChangeStage stage = ChangeStage.Proposed, bool watches = false, Dictionary<ChangeStage, DateOnly>? entered = null)
        => new(Registered, stage, entered ?? new() { [ChangeStage.Proposed] = Registered }, firstGoLive, watches);

    [Fact]
    public void The_quebec_template_owes_a_joint_committee_within_30_days_and_a_consultation_two_weeks_before_the_first_go_live()
    {
        var schedule = ObligationSchedule.Compute(Quebec(), Change(new DateOnly(2026, 6, 1)));

        var committee = Assert.Single(schedule, s => s.Kind == ObligationKind.JointCommitteeFormed);
        Assert.Equal(new DateOnly(2026, 4, 1), committee.DueOn);
        Assert.Equal(Side.Employer, committee.ResponsibleSide);
        var consultation = Assert.Single(schedule, s => s.Kind == ObligationKind.ConsultationHeld);
        Assert.Equal(new DateOnly(2026, 5, 18), consultation.DueOn);
        Assert.Equal(ChangeStage.RollOut, consultation.GatesStage);
    }

    [Fact]
    public void Moving_the_go_live_moves_what_is_counted_from_it_and_nothing_else()
    {
        var before = ObligationSchedule.Compute(Quebec(), Change(new DateOnly(2026, 6, 1)));
        var after = ObligationSchedule.Compute(Quebec(), Change(new DateOnly(2026, 9, 1)));

        Assert.Equal(new DateOnly(2026, 8, 18), after.Single(s => s.Kind == ObligationKind.ConsultationHeld).DueOn);
        Assert.Equal(before.Single(s => s.Kind == ObligationKind.JointCommitteeFormed).DueOn, after.Single(s => s.Kind == ObligationKind.JointCommitteeFormed).DueOn);
    }

    [Fact]
    public void Without_a_go_live_date_the_obligation_exists_but_has_no_due_date_yet()
    {
        var schedule = ObligationSchedule.Compute(Quebec(), Change(null));

        Assert.Null(schedule.Single(s => s.Kind == ObligationKind.ConsultationHeld).DueOn);
    }

    [Fact]
    public void Stage_and_months_triggers_count_from_the_first_entry_and_the_first_go_live()
    {
        var rules = new[]
        {
            new PlannedRule(Guid.NewGuid(), new RuleSpec(RuleTrigger.StageEntered, ChangeStage.Decided, null, ObligationKind.TrainingPlanAgreed, 30, Side.Employer, ChangeStage.RollOut), "AUPE"),
            new PlannedRule(Guid.NewGuid(), new RuleSpec(RuleTrigger.MonthsAfterGoLive, null, 6, ObligationKind.FollowUpSurveyClosed, 0, Side.Employer, null), "NTA"),
        };

        var notDecided = ObligationSchedule.Compute(rules, Change(new DateOnly(2026, 1, 31)));
        var decided = ObligationSchedule.Compute(rules, Change(new DateOnly(2026, 1, 31), ChangeStage.Decided, entered: new() { [ChangeStage.Proposed] = Registered, [ChangeStage.Decided] = new DateOnly(2026, 4, 10) }));

        Assert.Null(notDecided.Single(s => s.Kind == ObligationKind.TrainingPlanAgreed).DueOn);
        Assert.Equal(new DateOnly(2026, 5, 10), decided.Single(s => s.Kind == ObligationKind.TrainingPlanAgreed).DueOn);
        Assert.Equal(new DateOnly(2026, 7, 31), decided.Single(s => s.Kind == ObligationKind.FollowUpSurveyClosed).DueOn);
    }

    [Fact]
    public void A_monitoring_rule_applies_only_to_changes_that_watch_workers_and_a_withdrawn_change_owes_nothing()
    {
        var rules = AgreementTemplates.Find("monitoring-data")!.Clauses.SelectMany(c => c.Rules ?? []).Select(r => new PlannedRule(Guid.NewGuid(), r, "AFT")).ToList();

        Assert.Empty(ObligationSchedule.Compute(rules, Change(null, watches: false)));
        Assert.Single(ObligationSchedule.Compute(rules, Change(null, watches: true)));
        Assert.Empty(ObligationSchedule.Compute(Quebec(), Change(new DateOnly(2026, 6, 1), ChangeStage.Withdrawn)));
    }

    [Theory]
    [InlineData(ChangeStage.RollOut, ChangeStage.Pilot, false)]
    [InlineData(ChangeStage.RollOut, ChangeStage.RollOut, true)]
    [InlineData(ChangeStage.RollOut, ChangeStage.InUse, true)]
    [InlineData(ChangeStage.RollOut, ChangeStage.Withdrawn, false)]
    public void A_gate_bars_its_stage_and_every_later_one_but_never_withdrawal(ChangeStage gate, ChangeStage target, bool barred)
    {
        Assert.Equal(barred, StageGate.Bars(gate, settled: false, target));
        Assert.False(StageGate.Bars(gate, settled: true, target));
    }
}
