using Microsoft.Extensions.Options;

namespace Paritas.Web.Features.Concerns;

/// <summary>Runs the concern reminders, alerts and retention every hour from the configured hour; the sent-log makes repeats harmless.</summary>
public sealed class ConcernDailyJob(ConcernAlerts alerts, IOptions<ConcernOptions> options, TimeProvider clock, ILogger<ConcernDailyJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DailyJobEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (now.Hour >= options.Value.DailyJobHourUtc)
            {
                try
                {
                    await alerts.RunAsync(DateOnly.FromDateTime(now.UtcDateTime), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The daily concern work failed; trying again later.");
                }
            }

            await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
        }
    }
}
