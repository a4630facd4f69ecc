using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Training.Import;
using Paritas.Web.Features.Training.Ledger;

namespace Paritas.Web.Features.Training;

public static class TrainingExtensions
{
    private static readonly string[] LedgerRoles =
    [
        nameof(Role.OshOfficer), nameof(Role.EmployerRepresentative), nameof(Role.WorkersRepresentative),
        nameof(Role.DigitalAgent), nameof(Role.OrganisationAdministrator),
    ];

    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TrainingImporter>();
        services.AddScoped<TrainingLedger>();
        services.AddScoped<TrainingPlans>();
        services.AddSingleton<TrainingShortfallAlerts>();
        services.AddHostedService<TrainingShortfallAlertJob>();
        services.AddAuthorizationBuilder().AddPolicy(TrainingPolicies.LedgerReaders, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            !c.User.HasClaim(ParitasClaims.SecondFactorPending, "true")
            && c.User.FindFirst(ParitasClaims.Role)?.Value is { } role
            && LedgerRoles.Contains(role, StringComparer.Ordinal)));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizePage("/Training/Import", Policies.EmployerSide);
            o.Conventions.AuthorizePage("/Training/Enter", Policies.EmployerSide);
            o.Conventions.AuthorizePage("/Training/Ledger", TrainingPolicies.LedgerReaders);
            o.Conventions.AuthorizePage("/Training/Plan", Policies.JointCommittee);
        });
        return services;
    }
}
