using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Paritas.Web.Features.Concerns;

public static class ConcernsExtensions
{
    public const string SubmitRateLimit = "concern-submit";

    public static IServiceCollection AddConcerns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConcernOptions>().BindConfiguration(ConcernOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var perHour = configuration.GetSection(ConcernOptions.Section).Get<ConcernOptions>()?.SubmissionsPerHour ?? new ConcernOptions().SubmissionsPerHour;
        services.AddSingleton<ReceiptKeys>();
        services.AddSingleton<ReceiptThrottle>();
        services.AddScoped<ConcernVault>();
        services.AddScoped<ConcernIntake>();
        services.AddScoped<ConcernReport>();
        services.AddScoped<CommitteeKeyRing>();
        services.AddSingleton<ConcernAlerts>();
        services.AddHostedService<ConcernDailyJob>();
        services.Configure<RateLimiterOptions>(o =>
            // Partitioned by the random reporter-session cookie, never by address (nothing that could identify a reporter is kept, even in memory).
            o.AddPolicy(SubmitRateLimit, c => HttpMethods.IsPost(c.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ReporterSession.Of(c),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form")));
        return services;
    }
}
