namespace Paritas.Web.Features.Accounts;

public static class RoleFacts
{
    /// <summary>Roles that can see survey, absence or health aggregates need a second factor.</summary>
    public static bool RequiresSecondFactor(Role role) => role != Role.Viewer;

    public static bool IsWorkersSide(Role role) => role is Role.WorkersRepresentative or Role.DigitalAgent;

    public static bool IsEmployerSide(Role role) => role is Role.EmployerRepresentative or Role.OrganisationAdministrator;
}
