namespace Paritas.Web.Features.Agreements;

public static class AgreementsExtensions
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
        => services.AddScoped<AgreementImport>();
}
