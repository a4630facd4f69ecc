namespace Paritas.Web.Features.Accounts;

/// <summary>What a person does in one organisation.</summary>
public enum Role
{
    OrganisationAdministrator,
    EmployerRepresentative,
    WorkersRepresentative,
    DigitalAgent,
    OshOfficer,

    /// <summary>Network level: privacy-safe aggregates only.</summary>
    Analyst,
    Viewer,
}
