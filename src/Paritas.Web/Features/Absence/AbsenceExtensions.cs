using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Absence.Indicators;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Absence;

public static class AbsenceExtensions
{
    private static readonly string[] IndicatorRoles =
    [
        nameof(Role.OshOfficer), nameof(Role.EmployerRepresentative), nameof(Role.WorkersRepresentative),
        nameof(Role.DigitalAgent), nameof(Role.OrganisationAdministrator),
    ];

    public static IServiceCollection AddAbsence(this IServiceCollection services)
    {
        services.AddSingleton<AbsenceImportGate>();
        services.AddScoped<AbsenceImporter>();
        services.AddScoped<AbsenceIndicators>();
        services.AddScoped<Analysis.ChangeAnalyses>();
        services.AddScoped<Analysis.AnalysisAlerts>();
        services.AddScoped<Analysis.DemoAbsence>();
        services.AddAuthorizationBuilder().AddPolicy(AbsencePolicies.IndicatorReaders, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            !c.User.HasClaim(ParitasClaims.SecondFactorPending, "true")
            && c.User.FindFirst(ParitasClaims.Role)?.Value is { } role
            && IndicatorRoles.Contains(role, StringComparer.Ordinal)));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizePage("/Absence/Import", Policies.EmployerSide);
            o.Conventions.AuthorizePage("/Absence/Indicators", AbsencePolicies.IndicatorReaders);
        });
        return services;
    }
}
