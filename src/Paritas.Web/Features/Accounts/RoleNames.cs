namespace Paritas.Web.Features.Accounts;

// The English name of each role, which is also its key: localisation keys.
public static class RoleNames
{
    public static string Of(Role role) => role switch
    {
        Role.OrganisationAdministrator => "Organisation administrator",
        Role.EmployerRepresentative => "Employer representative",
        Role.WorkersRepresentative => "Workers' representative",
        Role.DigitalAgent => "Digital agent",
        Role.OshOfficer => "OSH officer",
        Role.Analyst => "Analyst",
        Role.Viewer => "Viewer",
        _ => role.ToString(),
    };
}
