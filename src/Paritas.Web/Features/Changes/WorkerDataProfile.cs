namespace Paritas.Web.Features.Changes;

/// <summary>Which worker data a system processes, why, who sees it and for how long — and the surveillance flags.</summary>
public sealed record WorkerDataProfile(
    string? DataProcessed,
    string? Purpose,
    string? WhoSees,
    string? Retention,
    bool LocationTracking,
    bool ScreenOrKeystrokeCapture,
    bool PerformanceMetrics,
    bool Biometrics)
{
    public static readonly WorkerDataProfile Empty = new(null, null, null, null, false, false, false, false);

    public bool AnySurveillance => LocationTracking || ScreenOrKeystrokeCapture || PerformanceMetrics || Biometrics;
}
