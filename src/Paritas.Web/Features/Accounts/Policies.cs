using Microsoft.AspNetCore.Authorization;

namespace Paritas.Web.Features.Accounts;

/// <summary>Authorisation policies named after the domain. Pages and the API use the same ones.</summary>
public static class Policies
{
    public const string Member = nameof(Member);
    public const string PlatformAdministrator = nameof(PlatformAdministrator);
    public const string OrganisationAdministrator = nameof(OrganisationAdministrator);
    public const string EmployerSide = nameof(EmployerSide);
    public const string WorkersSide = nameof(WorkersSide);
    public const string JointCommittee = nameof(JointCommittee);

    public static void Configure(AuthorizationOptions options)
    {
        // Every endpoint needs a signed-in user unless it opts out by name.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser().RequireAssertion(c => Verified(c) && c.User.HasClaim(x => x.Type == ParitasClaims.OrganisationId)));
        options.AddPolicy(PlatformAdministrator, p => p.RequireAuthenticatedUser().RequireAssertion(c => Verified(c) && c.User.HasClaim(ParitasClaims.PlatformAdministrator, "true")));
        options.AddPolicy(OrganisationAdministrator, p => p.RequireAuthenticatedUser().RequireAssertion(c => Verified(c) && HasRole(c, Role.OrganisationAdministrator)));
        options.AddPolicy(EmployerSide, p => p.RequireAuthenticatedUser().RequireAssertion(c => Verified(c) && HasRole(c, Role.EmployerRepresentative, Role.OrganisationAdministrator)));
        options.AddPolicy(WorkersSide, p => p.RequireAuthenticatedUser().RequireAssertion(c => Verified(c) && HasRole(c, Role.WorkersRepresentative, Role.DigitalAgent)));
        options.AddPolicy(JointCommittee, p => p.RequireAuthenticatedUser().RequireAssertion(c => Verified(c) && HasRole(c, Role.EmployerRepresentative, Role.WorkersRepresentative, Role.DigitalAgent, Role.OrganisationAdministrator)));
    }

    private static bool Verified(AuthorizationHandlerContext c) => !c.User.HasClaim(ParitasClaims.SecondFactorPending, "true");

    private static bool HasRole(AuthorizationHandlerContext c, params Role[] roles)
        => c.User.FindFirst(ParitasClaims.Role)?.Value is { } value
           && Enum.TryParse<Role>(value, out var role)
           && roles.Contains(role);
}
