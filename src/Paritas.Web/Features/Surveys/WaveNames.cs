namespace Paritas.Web.Features.Surveys;

/// <summary>Localisation keys for wave kinds and states.</summary>
public static class WaveNames
{
    public static string Of(WaveKind kind) => kind switch
    {
        WaveKind.Baseline => "Baseline",
        _ => "Follow-up",
    };

    public static string Of(WaveStatus status) => status switch
    {
        WaveStatus.Open => "Open",
        _ => "Closed",
    };
}
