namespace Paritas.Web.Features.Audit;

public static class AuditExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddScoped<AuditTrail>();
}
