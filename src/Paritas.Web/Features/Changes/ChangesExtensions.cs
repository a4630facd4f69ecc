namespace Paritas.Web.Features.Changes;

public static class ChangesExtensions
{
    public static IServiceCollection AddChanges(this IServiceCollection services)
        => services.AddScoped<ChangeRegister>().AddScoped<ObligationPlanner>().AddScoped<ObligationLedger>();
}
