using Paritas.Web.Features.Agreements;

namespace Paritas.Web.Features.Changes;

/// <summary>Rules plus a change's facts give its obligations and their due dates. Pure, so it is tested on its own.</summary>
public static class ObligationSchedule
{
    public static IReadOnlyList<ScheduledObligation> Compute(IReadOnlyList<PlannedRule> rules, ChangeFacts change)
    {
        // A withdrawn change owes nothing more; what was already met or waived stays on record elsewhere.
        if (change.Stage == ChangeStage.Withdrawn)
        {
            return [];
        }

        var result = new List<ScheduledObligation>();
        foreach (var rule in rules)
        {
            var r = rule.Spec;
            if (r.Condition == RuleCondition.WatchesWorkers && !change.WatchesWorkers)
            {
                continue;
            }

            var from = TriggerDate(r, change);
            result.Add(new ScheduledObligation(rule.RuleId, r.Obligation, r.ResponsibleSide, from?.AddDays(r.DueOffsetDays), r.GatesStage, rule.Source, r.Note));
        }

        return result;
    }

    public static DateOnly? TriggerDate(RuleSpec r, ChangeFacts change) => r.Trigger switch
    {
        RuleTrigger.ChangeRegistered => change.RegisteredOn,
        RuleTrigger.StageEntered => r.TriggerStage is { } stage && change.StagesEntered.TryGetValue(stage, out var entered) ? entered : null,
        RuleTrigger.FirstGoLive => change.FirstGoLive,
        RuleTrigger.MonthsAfterGoLive => change.FirstGoLive?.AddMonths(r.TriggerMonths ?? 0),
        _ => null,
    };
}
