using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Changes;

public sealed class ObligationAlertOptions
{
    public const string Section = "ObligationAlerts";

    /// <summary>Off in tests, which send alerts themselves on the test clock's day.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The hour (UTC) from which a day's alerts go out.</summary>
    [Range(0, 23)]
    public int HourUtc { get; init; } = 6;

    /// <summary>
    /// How often the job looks again. Alerts are sent once a day whatever this is; looking more
    /// often catches up after a restart and picks up obligations that fell overdue during the day.
    /// </summary>
    [Range(1, 1440)]
    public int IntervalMinutes { get; init; } = 60;
}
