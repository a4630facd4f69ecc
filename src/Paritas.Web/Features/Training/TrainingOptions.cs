using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Training;

public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>
    /// A change's training is short when the hours delivered to its workers fall this share or more
    /// below the hours owed so far (0.25: less than 75% delivered). It is highlighted and alerted.
    /// </summary>
    [Range(0.01, 1.0)]
    public double ShortfallThreshold { get; init; } = 0.25;

    /// <summary>Off in tests, which send alerts themselves on the test clock's day.</summary>
    public bool AlertsEnabled { get; init; } = true;

    [Range(0, 23)]
    public int AlertHourUtc { get; init; } = 6;

    [Range(1, 1440)]
    public int AlertIntervalMinutes { get; init; } = 60;
}
