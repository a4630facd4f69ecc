namespace Paritas.Web.Features.Agreements;

/// <summary>Which changes a rule applies to: all of them, or only those that watch workers.</summary>
public enum RuleCondition
{
    AnyChange,
    WatchesWorkers,
}
