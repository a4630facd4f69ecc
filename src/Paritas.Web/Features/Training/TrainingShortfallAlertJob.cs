using Microsoft.Extensions.Options;

namespace Paritas.Web.Features.Training;

/// <summary>Runs the shortfall alerts every day from the configured hour. The claim per change and day makes extra runs harmless.</summary>
public sealed class TrainingShortfallAlertJob(TrainingShortfallAlerts alerts, IOptions<TrainingOptions> options, TimeProvider clock, ILogger<TrainingShortfallAlertJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.AlertsEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (now.Hour >= o.AlertHourUtc)
            {
                try
                {
                    await alerts.SendAsync(DateOnly.FromDateTime(now.UtcDateTime), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed run must not stop the job: the next one tries again.
                    logger.LogError(e, "Training shortfall alerts failed; trying again later.");
                }
            }

            await Task.Delay(TimeSpan.FromMinutes(o.AlertIntervalMinutes), clock, stoppingToken);
        }
    }
}
