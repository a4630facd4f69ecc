namespace Paritas.Web.Features.Changes;

public static class ChangesExtensions
{
    public static IServiceCollection AddChanges(this IServiceCollection services)
    {
        services.AddOptions<ObligationAlertOptions>().BindConfiguration(ObligationAlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OverdueObligationAlerts>();
        services.AddHostedService<OverdueObligationAlertJob>();
        return services.AddScoped<ChangeRegister>().AddScoped<ObligationPlanner>().AddScoped<ObligationLedger>();
    }

    public static WebApplication MapChanges(this WebApplication app)
    {
        CalendarFeeds.Map(app);
        return app;
    }
}
