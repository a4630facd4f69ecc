namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// Everything the change page shows about sickness absence around the change's go-live: the
/// go-live months, one analysis per indicator, and the staggered difference-in-differences when
/// units went live in different months and enough of them pass the disclosure guard.
/// </summary>
public sealed record ChangeAnalysisResult(
    IReadOnlyList<DateOnly> GoLiveMonths,
    IReadOnlyList<IndicatorAnalysis> Indicators,
    DidEstimate? Did,
    int MinimumGroupSize)
{
    /// <summary>Each affected unit on its own, when units went live separately; empty when the pooled series is a single unit.</summary>
    public IReadOnlyList<UnitAnalysis> Units { get; init; } = [];

    public const int MinimumMonthsBefore = 6;
    public const int MinimumMonthsAfter = 3;
}
