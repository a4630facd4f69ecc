namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>Why an analysis shows no numbers.</summary>
public enum NotEnoughReason
{
    /// <summary>No absence data has been imported for the affected units.</summary>
    NoData,

    /// <summary>No affected unit went live after the first imported month and by the last.</summary>
    NoGoLive,

    /// <summary>Fewer months before or after go-live than the analysis needs.</summary>
    TooShort,

    /// <summary>The affected units together have fewer than K employees in some month.</summary>
    TooSmall,

    /// <summary>The other employees number 1 to K − 1 in some month: the organisation total minus these figures would describe them.</summary>
    WouldRevealOthers,

    /// <summary>Too few events (e.g. no spells at all after go-live) for a model to estimate a change.</summary>
    TooFewEvents,
}
