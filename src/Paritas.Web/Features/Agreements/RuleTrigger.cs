namespace Paritas.Web.Features.Agreements;

/// <summary>The event a rule's due date is counted from.</summary>
public enum RuleTrigger
{
    ChangeRegistered,
    StageEntered,
    FirstGoLive,
    MonthsAfterGoLive,
}
