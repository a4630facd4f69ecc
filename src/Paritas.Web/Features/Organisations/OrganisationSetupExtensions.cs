using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations;

public static class OrganisationSetupExtensions
{
    /// <summary>The rules an organisation administrator's set-up pages and the API share.</summary>
    public static IServiceCollection AddOrganisationSetup(this IServiceCollection services)
        => services
            .AddScoped<WorkforceDimensionChanges>()
            .AddScoped<JointCommitteeChanges>()
            .AddScoped<MembershipChanges>();
}
