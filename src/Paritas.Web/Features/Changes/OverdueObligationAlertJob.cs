using Microsoft.Extensions.Options;

namespace Paritas.Web.Features.Changes;

/// <summary>Runs the overdue alerts every day from the configured hour. The sent-log makes extra runs harmless.</summary>
public sealed class OverdueObligationAlertJob(OverdueObligationAlerts alerts, IOptions<ObligationAlertOptions> options, TimeProvider clock, ILogger<OverdueObligationAlertJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (now.Hour >= o.HourUtc)
            {
                try
                {
                    await alerts.SendAsync(DateOnly.FromDateTime(now.UtcDateTime), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed run must not stop the job: the next one tries again, the sent-log prevents duplicates.
                    logger.LogError(e, "Overdue obligation alerts failed; trying again later.");
                }
            }

            await Task.Delay(TimeSpan.FromMinutes(o.IntervalMinutes), clock, stoppingToken);
        }
    }
}
