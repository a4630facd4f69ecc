using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Agreements;

/// <summary>A rule in one plain sentence, in the reader's language.</summary>
public static class RuleText
{
    public static string Describe(RuleSpec r, IStringLocalizer l)
    {
        var from = r.Trigger switch
        {
            RuleTrigger.ChangeRegistered => l["the change is registered"].Value,
            RuleTrigger.StageEntered => l["the change enters the stage {0}", l[ChangeNames.Of(r.TriggerStage ?? ChangeStage.Proposed)]].Value,
            RuleTrigger.FirstGoLive => l["the first unit goes live"].Value,
            _ => l["{0} months after the first unit goes live", r.TriggerMonths ?? 0].Value,
        };
        var when = r.DueOffsetDays switch
        {
            0 => l["due when {0}", from].Value,
            > 0 => l["due {0} days after {1}", r.DueOffsetDays, from].Value,
            _ => l["due {0} days before {1}", -r.DueOffsetDays, from].Value,
        };
        var sentence = l["{0}: {1}; the {2} side is responsible.", l[AgreementNames.Of(r.Obligation)], when, InSentence.Name(l[ChangeNames.Of(r.ResponsibleSide)])].Value;
        if (r.GatesStage is { } gate)
        {
            sentence += " " + l["Until it is met, the change cannot enter the stage {0} or any later one.", l[ChangeNames.Of(gate)]];
        }

        if (r.Condition == RuleCondition.WatchesWorkers)
        {
            sentence += " " + l["Applies only to changes that watch workers."];
        }

        return sentence;
    }
}
