namespace Paritas.Web.Features.Organisations;

public static class OrganisationsExtensions
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
        => services.AddScoped<DemoSeed>().AddScoped<UnitEditor>();
}
