namespace Paritas.Web.Features.Changes;

/// <summary>The dates and facts of a change that rules count from.</summary>
public sealed record ChangeFacts(
    DateOnly RegisteredOn,
    ChangeStage Stage,
    IReadOnlyDictionary<ChangeStage, DateOnly> StagesEntered,
    DateOnly? FirstGoLive,
    bool WatchesWorkers);
