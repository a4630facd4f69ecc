namespace Paritas.Web.Features.Changes;

/// <summary>Which obligations keep a change out of a stage.</summary>
public static class StageGate
{
    /// <summary>
    /// An unmet obligation that gates a stage bars that stage and every later one, so skipping the
    /// gated stage does not get round it. Withdrawing is never barred.
    /// </summary>
    public static bool Bars(ChangeStage? gates, bool settled, ChangeStage target)
        => gates is { } gate && !settled && target != ChangeStage.Withdrawn && target >= gate;

    public static IReadOnlyList<T> Blocking<T>(IEnumerable<T> obligations, Func<T, (ChangeStage? Gates, bool Settled)> terms, ChangeStage target)
        => [.. obligations.Where(o => terms(o) is var t && Bars(t.Gates, t.Settled, target))];
}
