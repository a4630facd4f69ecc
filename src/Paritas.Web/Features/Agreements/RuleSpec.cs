using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Agreements;

/// <summary>A rule's terms as plain data: stored on a <see cref="Rule"/>, read from a template, fed to the obligation schedule.</summary>
public sealed record RuleSpec(
    RuleTrigger Trigger,
    ChangeStage? TriggerStage,
    int? TriggerMonths,
    ObligationKind Obligation,
    int DueOffsetDays,
    Side ResponsibleSide,
    ChangeStage? GatesStage,
    RuleCondition Condition = RuleCondition.AnyChange,
    string? Note = null)
{
    /// <summary>The problems with these terms, as English sentences (localisation keys); empty when they hold together.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Trigger) || !Enum.IsDefined(Obligation) || !Enum.IsDefined(ResponsibleSide) || !Enum.IsDefined(Condition))
        {
            problems.Add("Choose a trigger, an obligation, a responsible side and the changes the rule applies to.");
        }

        if (Trigger == RuleTrigger.StageEntered && (TriggerStage is null || !Enum.IsDefined(TriggerStage.Value)))
        {
            problems.Add("Choose the stage whose start triggers the rule.");
        }

        if (Trigger == RuleTrigger.MonthsAfterGoLive && TriggerMonths is not (>= 1 and <= Rule.MaximumMonths))
        {
            problems.Add("Enter the number of months after go-live, from 1 to 120.");
        }

        if (DueOffsetDays is < -Rule.MaximumOffsetDays or > Rule.MaximumOffsetDays)
        {
            problems.Add("Enter a number of days from -3650 to 3650.");
        }

        if (GatesStage is { } gate && (!Enum.IsDefined(gate) || gate is ChangeStage.Proposed or ChangeStage.Withdrawn))
        {
            problems.Add("A rule can gate any stage after proposed, except withdrawn.");
        }

        if (Note is { Length: > Rule.NoteLength })
        {
            problems.Add("The note must be 400 characters or fewer.");
        }

        return problems;
    }
}
